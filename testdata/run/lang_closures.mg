// Closures capture variables by reference; counters and generators.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) (func(int), func() int) {
	return func(d int) { base += d }, func() int { return base }
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add, get := adder(10)
	add(5)
	add(-2)
	fmt.Println(get())
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	sq := func(x int) int { return x * x }
	plus1 := func(x int) int { return x + 1 }
	fmt.Println(compose(sq, plus1)(5), compose(plus1, sq)(5))
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	func() {
		x = 100
	}()
	fmt.Println(x)
	y := 5
	show := func() int { return y }
	y = 6
	fmt.Println(show())
	var nilF func()
	fmt.Println(nilF == nil)
}
