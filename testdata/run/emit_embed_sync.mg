package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	sync.Mutex
	m map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.m[k]++
}

type Stats struct {
	hits int64
	once sync.Once
	rw   sync.RWMutex
	data []int
}

func (s *Stats) init() { s.data = []int{1, 2, 3} }

func (s *Stats) Read() int {
	s.once.Do(s.init)
	s.rw.RLock()
	defer s.rw.RUnlock()
	return len(s.data)
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("key")
		}()
	}
	wg.Wait()
	fmt.Println(c.m["key"])

	var ops int64
	var s Stats
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&ops, 2)
			atomic.AddInt64(&s.hits, 1)
			_ = s.Read()
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&ops), s.hits, s.Read())
	var flag atomic.Bool
	flag.Store(true)
	var n atomic.Int32
	n.Add(5)
	fmt.Println(flag.Load(), n.Load())
}
