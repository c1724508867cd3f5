// Lesson 21: channels.
//
// A channel is a typed pipe between goroutines. `ch <- v` sends, `v := <-ch`
// receives. An unbuffered channel makes sender and receiver meet (a
// synchronization); a buffered channel holds up to cap values. The sender
// closes the channel when there is nothing more to send; `for v := range
// ch` receives until it is closed and drained, and `v, ok := <-ch` reports
// ok == false once it is. Direction types (chan<- int, <-chan int) let the
// compiler check who sends and who receives.
package main

import "fmt"

func produce(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i * i
	}
	close(out)
}

func main() {
	squares := make(chan int)
	go produce(5, squares)
	for sq := range squares {
		fmt.Println("received", sq)
	}
	v, ok := <-squares
	fmt.Println("after close:", v, ok)

	buf := make(chan string, 2)
	buf <- "first"
	buf <- "second"
	fmt.Println("buffered:", len(buf), "of", cap(buf))
	fmt.Println(<-buf, <-buf)
}
