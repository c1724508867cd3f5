// Go 1.22 semantics: each loop iteration has its own variables.
// expected output hand-derived: Go 1.19 lacks Go 1.22 per-iteration loop
// variables and range over int (Go 1.19 would print 3 3 3 and reject range 3).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// the post statement updates the next iteration's copy
	var seen []func() int
	for i := 0; i < 6; i += 2 {
		seen = append(seen, func() int { return i })
		i++
	}
	for _, f := range seen {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var wg sync.WaitGroup
	results := make([]int, 3)
	for i, v := range []int{10, 20, 30} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = v * 2
		}()
	}
	wg.Wait()
	fmt.Println(results)

	total := 0
	for i := range 5 {
		total += i
	}
	fmt.Println(total)
	var later []func() string
	for _, s := range []string{"a", "b"} {
		later = append(later, func() string { return s })
	}
	fmt.Println(later[0](), later[1]())
	fmt.Println(min(3, 1, 2), max(2.5, 1.0), min("b", "a"))
	m := map[int]int{1: 1, 2: 2}
	clear(m)
	fmt.Println(len(m))
}
