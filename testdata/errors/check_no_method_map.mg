package main

import "fmt"

func Map(xs []int, f func(int) int) []int { return xs }

func main() {
	var m map[string]int
	m.foo()
	fmt.Println(m)
}
