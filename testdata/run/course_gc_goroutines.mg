// Goroutines allocating concurrently while holding pointers on their stacks across blocking calls.
package main

import (
	"fmt"
	"sync"
	"time"
)

type item struct {
	id   int
	next *item
}

func chain(n, id int) *item {
	var head *item
	for i := 0; i < n; i++ {
		head = &item{id, head}
	}
	return head
}

func length(h *item, id int) (n int, ok bool) {
	ok = true
	for ; h != nil; h = h.next {
		if h.id != id {
			ok = false
		}
		n++
	}
	return
}

func main() {
	var wg sync.WaitGroup
	bad := make(chan int, 1000)
	for g := 0; g < 200; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			mine := chain(500, g)
			for round := 0; round < 5; round++ {
				_ = chain(200, -1)
				time.Sleep(time.Millisecond)
				if n, ok := length(mine, g); n != 500 || !ok {
					bad <- g
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(bad)
	n := 0
	for range bad {
		n++
	}
	fmt.Println("corrupted lists:", n)
}
