// Unlocking a Mutex that is not locked is a fatal error (not a recoverable panic).
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recover does not help:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	mu.Unlock()
}
