// No false positives: pointers, new, fresh composite literals, zero-value
// declarations, channels and maps of pointers, calls that return values.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func NewCounter() *Counter {
	return &Counter{}
}

func fresh() Counter {
	return Counter{}
}

func work(id int, wg *sync.WaitGroup, c *Counter) {
	defer wg.Done()
	c.Inc()
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	c := NewCounter()
	d := new(Counter)
	e := Counter{}
	f := fresh()
	g := &e
	h := *NewCounter()
	ptrs := []*Counter{c, d, g}
	byName := map[string]*sync.Mutex{"a": &mu}
	ch := make(chan *Counter, 1)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go work(i, &wg, ptrs[i])
	}
	wg.Wait()
	ch <- c
	for _, p := range ptrs {
		p.Inc()
	}
	byName["a"].Lock()
	byName["a"].Unlock()
	fmt.Println(c.n, d.n, e.n, f.n, h.n, (<-ch).n, len(ptrs))
}
