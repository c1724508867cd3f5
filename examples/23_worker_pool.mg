// Lesson 23: a worker pool.
//
// A fixed number of workers take jobs from one channel and send results on
// another. The pool bounds concurrency (3 workers, whatever the number of
// jobs). Closing the jobs channel tells the workers to finish; a WaitGroup
// tells us when they all have, so the results channel can be closed.
// Results arrive in any order; each carries its job id, so we store them
// by id.
package main

import (
	"fmt"
	"sync"
	"time"
)

type job struct{ id, n int }
type result struct{ id, factorial int }

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		f := 1
		for i := 2; i <= j.n; i++ {
			f *= i
		}
		time.Sleep(5 * time.Millisecond) // pretend this is slow
		results <- result{j.id, f}
	}
}

func main() {
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i := 0; i < 10; i++ {
			jobs <- job{i, i + 1}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]int, 10)
	for r := range results {
		out[r.id] = r.factorial
	}
	for i, f := range out {
		fmt.Printf("%2d! = %d\n", i+1, f)
	}
}
