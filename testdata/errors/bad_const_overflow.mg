// A constant that does not fit in its type.
package main

import "fmt"

func main() {
	var b byte = 256
	fmt.Println(b)
}
