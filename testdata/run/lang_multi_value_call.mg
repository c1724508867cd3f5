// f(g()) passes all results of g as arguments; multi-value returns in assignments.
package main

import (
	"fmt"
	"strconv"
)

func pair() (int, int)                { return 3, 4 }
func add(a, b int) int                { return a + b }
func three() (int, string, bool)      { return 1, "x", true }
func show(vals ...interface{}) string { return fmt.Sprint(len(vals), vals) }

func parse(s string) (n int, err error) {
	n, err = strconv.Atoi(s)
	if err != nil {
		return -1, fmt.Errorf("parse %q: bad number", s)
	}
	return
}

func main() {
	fmt.Println(add(pair()))
	fmt.Println(show(three()))
	fmt.Println(three())
	a, b, c := three()
	fmt.Println(a, b, c)
	for _, s := range []string{"12", "x1"} {
		if n, err := parse(s); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("ok:", n)
		}
	}
	m := map[string]int{"k": 1}
	v, ok := m["k"]
	var i interface{} = 2
	n, isInt := i.(int)
	ch := make(chan int, 1)
	ch <- 9
	r, open := <-ch
	fmt.Println(v, ok, n, isInt, r, open)
}
