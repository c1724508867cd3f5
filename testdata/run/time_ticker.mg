// A ticker ticks until stopped; a select loop with a done channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	done := make(chan bool)
	ticks := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				ticks <- n
				return
			case <-ticker.C:
				n++
				if n == 5 {
					fmt.Println("5 ticks")
				}
			}
		}
	}()
	time.Sleep(85 * time.Millisecond)
	ticker.Stop()
	done <- true
	n := <-ticks
	fmt.Println("ticks between 5 and 9:", n >= 5 && n <= 9)

	count := 0
	for range time.Tick(5 * time.Millisecond) {
		count++
		if count == 3 {
			break
		}
	}
	fmt.Println("tick count:", count)
}
