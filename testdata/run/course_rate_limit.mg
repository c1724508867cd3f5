// Rate limiting with a ticker channel: requests are served no faster than 1 per 10ms.
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
	start := time.Now()
	limiter := time.NewTicker(10 * time.Millisecond)
	defer limiter.Stop()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	fmt.Println("took at least 50ms:", time.Since(start) >= 50*time.Millisecond)
	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	served := 0
	for len(bursty) > 0 {
		<-bursty
		served++
	}
	fmt.Println("burst served", served)
}
