// Lesson 8: sync.WaitGroup -- Add, Done, Wait.
//
// A WaitGroup is a counter: Add(n) raises it, Done() lowers it by one, and
// Wait() blocks until it is zero. Rules that avoid most bugs:
//   - call Add in the goroutine that will Wait, BEFORE the go statement
//     (calling it inside the new goroutine races with Wait);
//   - call Done with defer, so it runs even if the function returns early
//     or panics;
//   - pass the WaitGroup by pointer (see lessons 11 and 12).
package main

import (
	"fmt"
	"sync"
	"time"
)

func download(name string, ms int, sizes map[string]int, mu *sync.Mutex, wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(time.Duration(ms) * time.Millisecond)
	mu.Lock()
	sizes[name] = len(name) * 100
	mu.Unlock()
}

func main() {
	files := []string{"a.txt", "report.pdf", "photo.jpg"}
	sizes := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Add(1)
		go download(f, 30-10*i, sizes, &mu, &wg)
	}
	wg.Wait()
	for _, f := range files {
		fmt.Printf("%-10s %5d bytes\n", f, sizes[f])
	}
}
