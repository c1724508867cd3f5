// A goroutine keeps a Mutex locked while it waits forever: the explanation
// names the holder and the line where it locked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	locked := make(chan bool)
	never := make(chan bool)
	go func() {
		mu.Lock()
		locked <- true
		<-never
		mu.Unlock()
	}()
	<-locked
	mu.Lock()
	fmt.Println("unreachable")
}
