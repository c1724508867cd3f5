// Interfaces: implicit satisfaction, embedding, dynamic dispatch, comparison.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Namer interface{ Name() string }

type NamedShape interface {
	Shape
	Namer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (r Rect) Name() string          { return "rect" }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string       { return "circle" }

func describe(s NamedShape) {
	fmt.Printf("%s %.2f %.2f\n", s.Name(), s.Area(), s.Perimeter())
}

func main() {
	shapes := []NamedShape{Rect{3, 4}, &Circle{1}}
	for _, s := range shapes {
		describe(s)
	}
	var sh Shape = shapes[0]
	var n Namer = sh.(Namer)
	fmt.Println(n.Name())
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a != interface{}(1.0), a == interface{}(int64(1)))
	var r1, r2 Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(r1 == r2)
	c := &Circle{2}
	var c1, c2 Shape = c, c
	var c3 Shape = &Circle{2}
	fmt.Println(c1 == c2, c1 == c3)
	var e interface{}
	fmt.Println(e == nil, e)
	e = "str"
	fmt.Println(e == "str", e)
	var s fmt.Stringer
	fmt.Println(s == nil)
	var empty interface{} = struct{}{}
	fmt.Println(empty == struct{}{})
}
