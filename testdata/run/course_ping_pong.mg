// Two goroutines hand a ball back and forth over unbuffered channels.
package main

import "fmt"

type Ball struct{ hits int }

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- string) {
	for b := range in {
		b.hits++
		if b.hits <= 6 {
			fmt.Println(name, b.hits)
		}
		if b.hits == 6 {
			done <- name
			return
		}
		out <- b
	}
}

func main() {
	ping, pong := make(chan *Ball), make(chan *Ball)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- new(Ball)
	fmt.Println("last hit by", <-done)
}
