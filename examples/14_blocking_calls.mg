// Lesson 14: concurrency pays off for blocking calls.
//
// A goroutine that waits (for the network, a disk, a timer) uses no CPU;
// the scheduler runs other goroutines meanwhile. Five calls to a slow server
// (100 ms each, simulated with time.Sleep) take 500 ms one after the other,
// but about 100 ms when made concurrently -- even with GOMAXPROCS=1,
// because the time is spent waiting, not computing.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func slowServer(query string) string {
	time.Sleep(100 * time.Millisecond)
	return "result for " + query
}

func main() {
	runtime.GOMAXPROCS(1)
	queries := []string{"go", "chan", "select", "mutex", "context"}

	start := time.Now()
	for _, q := range queries {
		slowServer(q)
	}
	sequential := time.Since(start)
	fmt.Println("sequential calls took at least 500ms:", sequential >= 500*time.Millisecond)

	start = time.Now()
	results := make([]string, len(queries))
	var wg sync.WaitGroup
	for i, q := range queries {
		wg.Add(1)
		go func(i int, q string) {
			defer wg.Done()
			results[i] = slowServer(q)
		}(i, q)
	}
	wg.Wait()
	concurrent := time.Since(start)
	fmt.Println("concurrent calls took less than 300ms:", concurrent < 300*time.Millisecond)
	for _, r := range results {
		fmt.Println(r)
	}
}
