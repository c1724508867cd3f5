// threadring: 503 goroutines in a ring pass a token 5,000,000 times.
package main

import "fmt"

const ring = 503

func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for token := range in {
		if token == 0 {
			done <- id
			return
		}
		out <- token - 1
	}
}

func main() {
	done := make(chan int)
	first := make(chan int)
	in := first
	for id := 1; id <= ring; id++ {
		out := first
		if id < ring {
			out = make(chan int)
		}
		go member(id, in, out, done)
		in = out
	}
	first <- 5000000
	fmt.Println(<-done)
}
