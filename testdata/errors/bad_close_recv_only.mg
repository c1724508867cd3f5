// Only the sending side may close a channel: closing a receive-only channel is an error.
package main

func drain(ch <-chan int) {
	for range ch {
	}
	close(ch)
}

func main() {
	drain(make(chan int))
}
