// wg.Go (Go 1.25) starts a goroutine and does the Add/Done bookkeeping itself.
// expected output hand-derived: Go 1.19 lacks sync.WaitGroup.Go (added in Go 1.25).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 6)
	for i := 0; i < 6; i++ {
		wg.Go(func() {
			squares[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(squares)
}
