// A generator goroutine yields values on a channel until told to stop.
package main

import "fmt"

func fib(quit <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		a, b := 0, 1
		for {
			select {
			case ch <- a:
				a, b = b, a+b
			case <-quit:
				return
			}
		}
	}()
	return ch
}

func count(from, to int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := from; i <= to; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func main() {
	quit := make(chan struct{})
	f := fib(quit)
	for i := 0; i < 12; i++ {
		fmt.Print(<-f, " ")
	}
	fmt.Println()
	close(quit)
	for range f {
	}
	fmt.Println("generator stopped")
	sum := 0
	for v := range count(1, 100) {
		sum += v
	}
	fmt.Println(sum)
}
