// parked: 200,000 goroutines parked on a channel at once (peak RSS).
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 200000
	var started, done sync.WaitGroup
	release := make(chan struct{})
	started.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-release
			done.Done()
		}()
	}
	started.Wait()
	close(release)
	done.Wait()
	fmt.Println("parked", n)
}
