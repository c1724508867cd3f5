// Cond: a bounded queue with Wait/Signal, and a Broadcast start gate.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	items    []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.notEmpty = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.notEmpty.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := NewQueue()
	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			sum := 0
			for j := 0; j < 10; j++ {
				sum += q.Get()
			}
			results <- sum
		}()
	}
	for i := 1; i <= 30; i++ {
		q.Put(i)
	}
	total := 0
	for i := 0; i < 3; i++ {
		total += <-results
	}
	fmt.Println("total:", total)

	var mu sync.Mutex
	gate := sync.NewCond(&mu)
	open := false
	var wg sync.WaitGroup
	started := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !open {
				gate.Wait()
			}
			started++
			mu.Unlock()
		}()
	}
	mu.Lock()
	open = true
	mu.Unlock()
	gate.Broadcast()
	wg.Wait()
	fmt.Println("started:", started)
}
