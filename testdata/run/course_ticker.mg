// A ticker delivers ticks at an interval until stopped.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(20 * time.Millisecond)
	done := make(chan bool)
	count := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				count <- n
				return
			case <-ticker.C:
				n++
				fmt.Println("tick", n)
				if n == 3 {
					ticker.Stop()
					done <- true
				}
			}
		}
	}()
	<-done
	fmt.Println("ticker stopped")
	close(done)
	fmt.Println("ticks:", <-count)
}
