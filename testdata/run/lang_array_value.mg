// Arrays are values: assignment, passing and comparison copy/compare elements.
package main

import "fmt"

type Grid [3][3]int

func modify(a [4]int) [4]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[4]int) {
	a[0] = 100
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	fmt.Println(a == [4]int{100, 2, 3, 4}, a != b)
	d := [...]string{2: "two", 0: "zero"}
	fmt.Println(len(d), d, d[1] == "")
	var g Grid
	g[1][1] = 5
	h := g
	h[1][1] = 6
	fmt.Println(g, h)
	for i, v := range a {
		a[3] = 999
		fmt.Print(i, v, " ")
	}
	fmt.Println(a)
	s := a[1:3]
	s[0] = 7
	fmt.Println(a, s, len(s), cap(s))
	type P struct{ X, Y int }
	ps := [2]P{{1, 2}, {3, 4}}
	qs := ps
	qs[0].X = 9
	fmt.Println(ps, qs)
	fmt.Printf("%v %T\n", [0]int{}, [2]bool{})
}
