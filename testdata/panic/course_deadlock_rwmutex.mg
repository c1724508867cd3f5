// Upgrading a read lock to a write lock in the same goroutine deadlocks.
// Modern Go names the wait reason "sync.RWMutex.Lock"; Go 1.19 printed "semacquire".
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
