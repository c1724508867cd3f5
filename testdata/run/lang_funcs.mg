// Functions: multiple results, named results, variadic, function values, blank results.
package main

import (
	"fmt"
	"strings"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	fmt.Println(len(parts), parts == nil)
	return strings.Join(parts, sep)
}

func pair() (string, error) { return "ok", nil }

func apply(fs []func(int) int, v int) int {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func namedShadow() (r int) {
	r = 1
	{
		r := 2
		_ = r
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(split(17))
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-"))
	fmt.Println(join("-", "a", "b"))
	s, err := pair()
	fmt.Println(s, err)
	_, r = divmod(9, 4)
	fmt.Println(r)
	fmt.Println(apply([]func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 10 },
	}, 4))
	fmt.Println(namedShadow())
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	xs := []int{1, 2, 3}
	i := 0
	i, xs[i] = 1, 9
	fmt.Println(i, xs)
	fmt.Printf("%T\n", divmod)
	fmt.Printf("%T\n", join)
}
