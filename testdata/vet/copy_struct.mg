// A struct that holds a Mutex: value receivers, returns, assignments and
// range loops all copy the lock. (go vet prints command-line-arguments.T
// for main.T when run on a file.)
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c Counter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func snapshot(c *Counter) Counter {
	return *c
}

type Embeds struct {
	sync.Mutex
	name string
}

func main() {
	c := Counter{n: map[string]int{}}
	c.Inc("a")
	d := c
	d = c
	s := snapshot(&c)
	counters := []Counter{{n: map[string]int{}}}
	for _, v := range counters {
		fmt.Println(v.Value("a"))
	}
	var k Counter
	for _, k = range counters {
	}
	var e Embeds
	f := e
	fmt.Println(d.Value("a"), s.Value("a"), k.n, f.name)
}
