// Locking a Mutex twice in the same goroutine: Go mutexes are not reentrant.
// Modern Go names the wait reason "sync.Mutex.Lock"; Go 1.19 printed "semacquire".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("never printed")
}
