// A stateful goroutine owns the data; others talk to it with request channels.
package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key, val int
	resp     chan bool
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	go func() {
		state := map[int]int{}
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] += w.val
				w.resp <- true
			}
		}
	}()
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			w := writeOp{i % 5, i, make(chan bool)}
			writes <- w
			<-w.resp
		}(i)
	}
	wg.Wait()
	for k := 0; k < 5; k++ {
		r := readOp{k, make(chan int)}
		reads <- r
		fmt.Println("key", k, "=", <-r.resp)
	}
}
