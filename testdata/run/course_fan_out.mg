// Fan-out: several workers read jobs from one channel; results collected and sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	jobs := make(chan int)
	results := make(chan int)
	var wg sync.WaitGroup
	perWorker := make([]int, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for n := range jobs {
				perWorker[w]++
				if isPrime(n) {
					results <- n
				}
			}
		}(w)
	}
	go func() {
		for i := 0; i < 200; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var primes []int
	for p := range results {
		primes = append(primes, p)
	}
	sort.Ints(primes)
	fmt.Println(len(primes), primes[:10], primes[len(primes)-1])
	total := 0
	for _, c := range perWorker {
		total += c
	}
	fmt.Println("jobs handled:", total)
}
