// Rate limiting with a ticker, and bursts with a buffered channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(10 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	fmt.Println("took at least 50ms:", time.Since(start) >= 50*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(10 * time.Millisecond) {
			bursty <- t
		}
	}()
	breqs := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		breqs <- i
	}
	close(breqs)
	for req := range breqs {
		<-bursty
		fmt.Println("burst request", req)
	}
}
