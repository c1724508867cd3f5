// Two goroutines write one map without a lock. Go's runtime might also
// stop this with "fatal error: concurrent map writes"; -race reports it
// every time, on the map's lines.
// expected output hand-derived: Go 1.19 shares w between the iterations
// (before Go 1.22) and so reports a second race, on w.
package main

import (
	"fmt"
	"sync"
)

func main() {
	counts := map[string]int{}
	var wg sync.WaitGroup
	for _, w := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts[w]++
		}()
	}
	wg.Wait()
	fmt.Println(len(counts))
}
