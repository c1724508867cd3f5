// A type that lacks one of the interface's methods does not implement it.
// Modern gc (1.24+) words it "sq (variable of struct type Square) as Shape value in variable
// declaration: Square does not implement Shape (missing method Perimeter)"; Go 1.19 said
// "(variable of type Square)" and "(missing Perimeter method)" on a second line.
// This .err is hand-written: do not regenerate it with Go 1.19.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func main() {
	sq := Square{2}
	var sh Shape = sq
	fmt.Println(sh.Area())
}
