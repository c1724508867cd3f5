package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Square{2}
	_ = s
}

// Go 1.19: "as type Shape in ..." and "(missing Perimeter method)"; modern gc (1.24+, which also says "value of struct type") as in the .err.
