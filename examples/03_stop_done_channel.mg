// Lesson 3: asking a goroutine to stop with a done channel.
//
// Go has no way to kill a goroutine from outside: a goroutine must be asked
// to stop, and must check for the request. The usual request is a channel
// that is closed: a receive from a closed channel never blocks, so every
// goroutine selecting on `<-done` sees the request at once (close is a
// broadcast). The worker reports how it stopped on a second channel.
package main

import (
	"fmt"
	"time"
)

func worker(done <-chan struct{}, stopped chan<- string) {
	for {
		select {
		case <-done:
			stopped <- "worker: stop requested, returning"
			return
		default:
			time.Sleep(time.Millisecond) // one unit of work
		}
	}
}

func main() {
	done := make(chan struct{})
	stopped := make(chan string)
	for i := 0; i < 3; i++ {
		go worker(done, stopped)
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main: asking all workers to stop")
	close(done)
	for i := 0; i < 3; i++ {
		fmt.Println(<-stopped)
	}
}
