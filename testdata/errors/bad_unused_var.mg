// An unused local variable is a compile error.
// Modern gc says "declared and not used: x"; Go 1.19 said "x declared but not used".
package main

import "fmt"

func main() {
	x := 1
	y := 2
	fmt.Println(y)
}
