// int and int64 do not mix without a conversion.
package main

import "fmt"

func main() {
	var a int = 1
	var b int64 = 2
	fmt.Println(a + b)
}
