// Two goroutines bounce a counter over unbuffered channels.
package main

import "fmt"

type Ball struct{ hits int }

func player(name string, in <-chan *Ball, out chan<- *Ball) {
	for ball := range in {
		ball.hits++
		fmt.Println(name, ball.hits)
		out <- ball
	}
	close(out)
}

func main() {
	ping, pong, back := make(chan *Ball), make(chan *Ball), make(chan *Ball)
	go player("ping", ping, pong)
	go player("pong", pong, back)
	ball := &Ball{}
	for i := 0; i < 3; i++ {
		ping <- ball
		ball = <-back
	}
	close(ping)
	_, ok := <-back
	fmt.Println("final hits:", ball.hits, ok)
}
