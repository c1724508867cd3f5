// Upgrading a read lock to a write lock in the same goroutine deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	fmt.Println("holding the read lock, now asking for the write lock")
	mu.Lock()
}
