// Waiting on a sync.Cond that nobody will ever signal.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	mu.Lock()
	for !ready {
		fmt.Println("waiting for a signal that never comes")
		c.Wait()
	}
	mu.Unlock()
}
