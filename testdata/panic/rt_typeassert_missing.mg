// A type assertion to an interface the dynamic type does not implement.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func main() {
	var x interface{} = Square{2}
	_, ok := x.(Shape)
	fmt.Println(ok)
	s := x.(Shape)
	fmt.Println(s.Area())
}
