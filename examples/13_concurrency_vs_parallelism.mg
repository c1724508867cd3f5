// Lesson 13: concurrency is not parallelism.
//
// Concurrency is structure: several goroutines in progress at once.
// Parallelism is execution: several goroutines running at the same instant
// on different CPUs. GOMAXPROCS sets how many threads may run Go code at
// once. The same CPU-bound work (4 goroutines counting primes) runs first
// with GOMAXPROCS=1 -- concurrent but not parallel, the goroutines take
// turns on one CPU -- then with GOMAXPROCS=NumCPU, where on a multi-core
// machine it finishes up to NumCPU times faster. The results are the same.
//
// The durations differ from run to run and machine to machine, so they go
// to stderr (you see them in the terminal); stdout, which
// 13_concurrency_vs_parallelism.out checks, holds only the deterministic
// lines: the result and the fact that both runs agree.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"
)

func countPrimes(lo, hi int) int {
	n := 0
	for i := lo; i < hi; i++ {
		prime := i > 1
		for d := 2; d*d <= i; d++ {
			if i%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			n++
		}
	}
	return n
}

func run(procs int) (int, time.Duration) {
	runtime.GOMAXPROCS(procs)
	start := time.Now()
	counts := make([]int, 4)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			counts[g] = countPrimes(g*500000, (g+1)*500000)
		}(g)
	}
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	return total, time.Since(start).Round(time.Millisecond)
}

func main() {
	seqPrimes, seq := run(1)
	parPrimes, par := run(runtime.NumCPU())
	fmt.Println("primes below 2,000,000:", seqPrimes)
	fmt.Println("same result with more threads:", seqPrimes == parPrimes)
	fmt.Fprintln(os.Stderr, "GOMAXPROCS=1:      ", seq)
	fmt.Fprintln(os.Stderr, "GOMAXPROCS=NumCPU: ", par)
}
