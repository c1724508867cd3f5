// A producer still sending after the consumer closed the channel: panic in the goroutine.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; ; i++ {
			ch <- i
		}
	}()
	fmt.Println(<-ch, <-ch)
	close(ch)
	<-done
	time.Sleep(time.Second)
}
