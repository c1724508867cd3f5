package main

import (
	"fmt"
	"strings"
)

var (
	total    = compute()
	base     = 10
	greeting string
)

func compute() int { return base * 2 }

func init() {
	greeting = "hello"
	fmt.Println("init 1", total, base)
}

func init() {
	fmt.Println("init 2", greeting)
}

const (
	A = iota * 10
	B
	C
	_
	E
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon"}[d] }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type Set map[string]bool

func (s Set) Add(k string) Set { s[k] = true; return s }

type Pair interface {
	Both() (int, string)
}

type pp struct{}

func (pp) Both() (int, string) { return 7, "seven" }

func divmod(a, b int) (int, int) { return a / b, a % b }

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func variadic(prefix string, parts ...string) string {
	return prefix + strings.Join(parts, ",") + fmt.Sprint(len(parts))
}

func named(x int) (y int, err error) {
	defer func() {
		if y > 10 {
			err = fmt.Errorf("too big: %d", y)
		}
	}()
	y = x * 3
	return
}

func main() {
	fmt.Println(A, B, C, E, Sunday, Monday, fmt.Sprint(Monday))
	fmt.Println(IntList{1, 2, 3}.Sum(), len(Set{}.Add("x").Add("y")))
	var p Pair = pp{}
	n, s := p.Both()
	fmt.Println(n, s)
	f := divmod
	q, r := f(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(9, 4))
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * x }))
	next, reset := counter()
	next()
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	parts := []string{"a", "b"}
	fmt.Println(variadic("p:", parts...), variadic("q:"), variadic("r:", "x"))
	fmt.Println(named(2))
	fmt.Println(named(5))
	x := 1
	{
		x := x + 1
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	adders := map[string]func(int) int{
		"inc": func(v int) int { return v + 1 },
		"dbl": func(v int) int { return v * 2 },
	}
	fmt.Println(adders["inc"](5), adders["dbl"](5))
	var iface interface{} = adders["inc"]
	if g, ok := iface.(func(int) int); ok {
		fmt.Println("func in iface", g(1))
	}
	mm := map[string]int{"k": 1}
	var im interface{} = mm
	im.(map[string]int)["k"] = 2
	fmt.Println(mm["k"])
	type pt struct {
		X int
		S interface{}
	}
	fmt.Println(pt{1, "a"} == pt{1, "a"}, pt{1, 2} == pt{1, "2"})
	arrs := [2][2]int{{1, 2}, {3, 4}}
	brr := arrs
	brr[1][1] = 5
	fmt.Println(arrs, brr, arrs == brr)
	const nul = "a\x00b"
	fmt.Println(len(nul), nul[2])
	func() {
		defer func() { fmt.Println("closure defer") }()
	}()
	fmt.Println(strings.Repeat("=", 5))
}
