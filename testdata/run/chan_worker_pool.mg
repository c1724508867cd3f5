// Worker pool: 3 workers, 9 jobs, results summed (order-independent).
package main

import (
	"fmt"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- j * 2
	}
}

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan int, numJobs)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	total := 0
	for a := 1; a <= numJobs; a++ {
		total += <-results
	}
	fmt.Println("total:", total)
}
