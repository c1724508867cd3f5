// Mutex.TryLock (Go 1.18) takes the lock only if it is free, without blocking.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println(mu.TryLock())
	fmt.Println(mu.TryLock())
	done := make(chan bool)
	go func() { done <- mu.TryLock() }()
	fmt.Println("other goroutine got it:", <-done)
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
}
