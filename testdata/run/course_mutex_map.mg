// A map shared by goroutines, guarded by a RWMutex (readers in parallel, writers alone).
package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Add(k string, d int) {
	s.mu.Lock()
	s.m[k] += d
	s.mu.Unlock()
}

func (s *SafeMap) Get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func main() {
	sm := &SafeMap{m: map[string]int{}}
	words := []string{"go", "chan", "mutex", "select", "go", "go", "chan"}
	var wg sync.WaitGroup
	for r := 0; r < 100; r++ {
		for _, w := range words {
			wg.Add(1)
			go func(w string) {
				defer wg.Done()
				sm.Add(w, 1)
				sm.Get(w)
			}(w)
		}
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range sm.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v, _ := sm.Get(k)
		fmt.Println(k, v)
	}
	_, ok := sm.Get("missing")
	fmt.Println(ok)
}
