// Calling a method through a nil interface value.
package main

import "fmt"

func main() {
	var s fmt.Stringer
	fmt.Println("calling")
	fmt.Println(s.String())
}
