// Expected stderr follows modern Go's wait reason (sync.Mutex.Lock,
// sync.RWMutex.RLock/Lock since Go 1.20, sync.WaitGroup.Wait since Go 1.25);
// Go 1.19 prints [semacquire] here.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Lock()
}
