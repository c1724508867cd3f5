// minigo:sorted
// Fan-out to three squarers, fan-in with a merge that closes when all end.
package main

import (
	"fmt"
	"sync"
)

func gen(n int) <-chan int {
	out := make(chan int, n)
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
	return out
}

func sq(id int, in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		for n := range in {
			out <- fmt.Sprintf("%d squared is %d", n, n*n)
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			for s := range c {
				out <- s
			}
			wg.Done()
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := gen(9)
	for s := range merge(sq(1, in), sq(2, in), sq(3, in)) {
		fmt.Println(s)
	}
}
