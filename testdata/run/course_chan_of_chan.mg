// Request/response: each request carries its own reply channel.
package main

import "fmt"

type Request struct {
	A, B  int
	Reply chan int
}

func server(reqs <-chan Request) {
	for r := range reqs {
		r.Reply <- r.A * r.B
	}
}

func main() {
	reqs := make(chan Request)
	go server(reqs)
	for i := 1; i <= 5; i++ {
		r := Request{i, i + 1, make(chan int)}
		reqs <- r
		fmt.Printf("%d * %d = %d\n", r.A, r.B, <-r.Reply)
	}
	close(reqs)
	results := make(chan chan string, 3)
	go func() {
		for _, name := range []string{"slow", "fast", "medium"} {
			c := make(chan string, 1)
			results <- c
			go func(name string, c chan string) { c <- "result of " + name }(name, c)
		}
		close(results)
	}()
	for c := range results {
		fmt.Println(<-c)
	}
}
