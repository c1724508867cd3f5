// min, max (Go 1.21) and clear (Go 1.21), range over an int (Go 1.22).
// expected output hand-derived: Go 1.19 lacks min/max/clear builtins and range over int.
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"))
	x, y := 7, -3
	fmt.Println(min(x, y), max(x, y, 10))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(len(s), s)
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
}
