package main

import "fmt"

type P struct {
	_ int
	a int
	_ string
}

func f(_ int, _ int) int { return 3 }

func main() {
	p := P{a: 2}
	q := p
	fmt.Println(p.a, q == p, f(1, 2))
	fmt.Printf("%v %+v\n", p, p)
	x := func() int {
		y := 1
		return func() int {
			y := y + 1
			return func() int { y++; return y }()
		}()
	}
	fmt.Println(x())
}
