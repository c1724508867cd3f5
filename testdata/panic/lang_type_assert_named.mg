// Failed assertion from an interface with methods to a concrete named type.
package main

import "fmt"

type A struct{}
type B struct{}

func (A) String() string { return "A" }
func (B) String() string { return "B" }

func main() {
	var s fmt.Stringer = A{}
	b := s.(B)
	fmt.Println(b)
}
