// A worker pool: N workers, a jobs channel, a results channel, results placed by job id.
package main

import (
	"fmt"
	"time"
)

type Job struct{ ID, N int }
type Result struct {
	ID, Sum int
	Worker  int
}

func worker(id int, jobs <-chan Job, results chan<- Result) {
	for j := range jobs {
		s := 0
		for i := 1; i <= j.N; i++ {
			s += i
		}
		time.Sleep(time.Millisecond)
		results <- Result{j.ID, s, id}
	}
}

func main() {
	const numJobs, numWorkers = 12, 3
	jobs := make(chan Job, numJobs)
	results := make(chan Result, numJobs)
	for w := 1; w <= numWorkers; w++ {
		go worker(w, jobs, results)
	}
	for i := 0; i < numJobs; i++ {
		jobs <- Job{i, i * 10}
	}
	close(jobs)
	sums := make([]int, numJobs)
	used := map[int]bool{}
	for i := 0; i < numJobs; i++ {
		r := <-results
		sums[r.ID] = r.Sum
		used[r.Worker] = true
	}
	fmt.Println(sums)
	fmt.Println("workers used <= 3:", len(used) <= numWorkers)
}
