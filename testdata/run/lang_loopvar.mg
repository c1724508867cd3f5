// Per-iteration loop variables (Go 1.22): each closure sees its own i and v.
// expected output hand-derived: Go 1.19 lacks per-iteration loop variables
// (Go 1.19 would print 3 3 3 and c c c; Go 1.22+ prints the values below).
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, v := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return v })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	var hs []func() int
	for i := 0; i < 6; i++ {
		i++
		hs = append(hs, func() int { return i })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}
