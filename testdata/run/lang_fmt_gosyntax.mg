// %#v prints Go syntax; %+v names fields, including embedded ones.
package main

import "fmt"

type Point struct{ X, Y int }

type Circle struct {
	Point
	R    float64
	Tags []string
	Meta map[string]interface{}
	Next *Circle
}

type Level uint8

func main() {
	c := Circle{Point{1, 2}, 3, []string{"a"}, map[string]interface{}{"k": 1}, nil}
	fmt.Printf("%v\n%+v\n%#v\n", c, c, c)
	fmt.Printf("%#v %#v %#v %#v\n", []interface{}{1, "a", nil}, &Point{1, 2}, Level(5), uint8(5))
	fmt.Printf("%#v %#v %#v %#v %#v\n", 1.0, 2.5, "q\"s", 'x', true)
	fmt.Printf("%#v %#v %#v\n", []string(nil), map[string]int(nil), struct{ A, b int }{1, 2})
	fmt.Printf("%#v %#v\n", [2]bool{true, false}, []Point{{1, 2}})
	var e error
	fmt.Printf("%#v %+v\n", e, struct{ Err error }{})
	fmt.Printf("%#x %#o %#b %#q\n", 255, 8, 5, "back`tick")
}
