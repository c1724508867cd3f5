// A pipeline whose last stage is never drained: the producer blocks, then main blocks.
// Modern Go names the wait reason "sync.WaitGroup.Wait"; Go 1.19 printed "semacquire".
package main

import (
	"fmt"
	"sync"
)

func main() {
	out := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			out <- i
		}
		close(out)
	}()
	fmt.Println("first:", <-out)
	wg.Wait()
}
