// Comma-ok forms keep the value type; keyed struct literals; constant -0.0.
package main

import "fmt"

type S struct{ a, b int }

func main() {
	var x interface{} = 3
	v, ok := x.(int)
	fmt.Println(v, ok)
	var w, ok2 = (x.(string))
	fmt.Println(w, ok2)
	m := map[string]float64{"a": 1.5}
	f, ok3 := m["a"]
	fmt.Println(f, ok3)
	c := make(chan S, 1)
	c <- S{b: 2, a: 1}
	s, ok4 := <-c
	fmt.Println(s, ok4)
	var n int
	var okb bool
	n, okb = x.(int)
	fmt.Println(n, okb, -0.0, S{b: 7})
}
