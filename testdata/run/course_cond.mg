// sync.Cond: a bounded queue where consumers wait for items and producers for space.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
}

func NewQueue(max int) *Queue {
	q := &Queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func main() {
	q := NewQueue(2)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				q.Put(p*1000 + i)
			}
		}(p)
	}
	sum := 0
	for i := 0; i < 300; i++ {
		sum += q.Get()
	}
	wg.Wait()
	fmt.Println("sum", sum)
	var mu sync.Mutex
	start := sync.NewCond(&mu)
	ready := false
	var waiting sync.WaitGroup
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		waiting.Add(1)
		go func(i int) {
			defer waiting.Done()
			mu.Lock()
			for !ready {
				start.Wait()
			}
			mu.Unlock()
			results <- i
		}(i)
	}
	mu.Lock()
	ready = true
	start.Broadcast()
	mu.Unlock()
	waiting.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println("released by Broadcast:", n)
}
