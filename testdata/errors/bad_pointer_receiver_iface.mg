// A method with a pointer receiver is not in the value type's method set, so the value
// does not implement the interface (its pointer does).
// Modern gc (1.24+) words it "c (variable of struct type Counter) as fmt.Stringer value in
// variable declaration: Counter does not implement fmt.Stringer (method String has pointer receiver)";
// Go 1.19 said "(variable of type Counter)", "(String method has pointer receiver)" and put the
// reason on a second line. This .err is hand-written: do not regenerate it with Go 1.19.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprint(c.n) }

func main() {
	c := Counter{}
	var s fmt.Stringer = c
	fmt.Println(s)
}
