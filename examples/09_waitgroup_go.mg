// Lesson 9: wg.Go (Go 1.25).
//
// wg.Go(f) does wg.Add(1), starts f in a new goroutine, and calls wg.Done()
// when f returns: the Add-before-go and defer-Done rules of lesson 8 are
// built in. With Go 1.22's per-iteration loop variables the closure can use
// the loop variable i directly: each iteration has its own i.
// expected output hand-derived: Go 1.19 lacks sync.WaitGroup.Go and per-iteration loop variables.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	cubes := make([]int, 8)
	for i := 0; i < len(cubes); i++ {
		wg.Go(func() {
			cubes[i] = i * i * i
		})
	}
	wg.Wait()
	fmt.Println(cubes)
}
