// A worker sends heartbeats while working; the monitor counts them and notices completion.
package main

import (
	"fmt"
	"time"
)

func worker(beat chan<- struct{}, result chan<- int) {
	sum := 0
	beat <- struct{}{} // the first heartbeat waits for the monitor: it always arrives before the result
	for i := 1; i <= 5; i++ {
		time.Sleep(10 * time.Millisecond)
		sum += i
		select {
		case beat <- struct{}{}:
		default:
		}
	}
	result <- sum
}

func main() {
	beat := make(chan struct{}, 1)
	result := make(chan int)
	go worker(beat, result)
	beats := 0
	for {
		select {
		case <-beat:
			beats++
		case r := <-result:
			fmt.Println("result", r, "got heartbeats:", beats > 0)
			return
		case <-time.After(time.Second):
			fmt.Println("worker seems dead")
			return
		}
	}
}
