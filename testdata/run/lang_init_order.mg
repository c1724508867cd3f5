// Package initialization: dependency order of package vars, multiple init funcs.
package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total int

var table = buildTable()

func f(name string, v int) int {
	fmt.Println("init var", name)
	return v
}

func buildTable() map[string]int {
	fmt.Println("build table, a =", a)
	return map[string]int{"a": a, "d": d}
}

func init() {
	fmt.Println("init 1, table =", table)
	total = a + d
}

func init() {
	fmt.Println("init 2, total =", total)
	total *= 10
}

func main() {
	fmt.Println("main", a, b, c, d, total)
}
