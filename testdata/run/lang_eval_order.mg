// Evaluation order: operands and calls left to right; assignment evaluates indexes first.
package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func idx(name string, i int) int {
	trace = append(trace, "idx"+name)
	return i
}

func main() {
	r := v("a", 1) + v("b", 2)*v("c", 3)
	fmt.Println(r, trace)
	trace = nil
	s := []int{0, 0, 0}
	s[idx("1", 0)], s[idx("2", 1)] = v("x", 5), v("y", 6)
	fmt.Println(s, trace)
	trace = nil
	m := map[int]int{}
	m[v("k", 1)] = v("val", 2)
	fmt.Println(m, trace)
	trace = nil
	fmt.Println(v("p1", 1), v("p2", 2))
	fmt.Println(trace)
	trace = nil
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 2, 9
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	ok := v("l", 0) == 1 && v("r", 1) == 1
	fmt.Println(ok, trace)
	trace = nil
	ok = v("l", 1) == 1 || v("r", 1) == 1
	fmt.Println(ok, trace)
	var p *int
	cnt := 0
	if p != nil && *p > 0 {
		cnt++
	}
	fmt.Println(cnt)
}
