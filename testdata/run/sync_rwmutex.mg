// RWMutex: many readers at once, writers alone; counts are exact.
package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[int]int
}

func (s *Store) Get(k int) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *Store) Add(k, d int) {
	s.mu.Lock()
	s.data[k] += d
	s.mu.Unlock()
}

func main() {
	s := &Store{data: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				s.Add(i%10, 1)
			}
		}(w)
	}
	reads := 0
	var rmu sync.Mutex
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				s.Get(i % 10)
				rmu.Lock()
				reads++
				rmu.Unlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	for k := 0; k < 10; k++ {
		v, _ := s.Get(k)
		total += v
	}
	fmt.Println("total:", total, "reads:", reads)
	fmt.Println(s.mu.TryRLock(), s.mu.TryRLock(), s.mu.TryLock())
	s.mu.RUnlock()
	s.mu.RUnlock()
	fmt.Println(s.mu.TryLock(), s.mu.TryRLock())
	s.mu.Unlock()
	l := s.mu.RLocker()
	l.Lock()
	fmt.Println(s.mu.TryLock())
	l.Unlock()
	fmt.Println(s.mu.TryLock())
}
