// Integer modulo by zero at run time.
package main

import "fmt"

func main() {
	var d uint8
	x := uint8(7)
	fmt.Println(x % d)
}
