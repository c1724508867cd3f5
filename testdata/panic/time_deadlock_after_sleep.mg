// A sleeping goroutine is not a deadlock; once it is done, the receive is.
package main

import "time"

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
	}()
	<-c
}
