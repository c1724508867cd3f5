// A generator: a goroutine yields Fibonacci numbers until told to quit.
package main

import "fmt"

func fibonacci(c chan<- int, quit <-chan struct{}) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			close(c)
			return
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	go fibonacci(c, quit)
	for i := 0; i < 10; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	quit <- struct{}{}
	_, ok := <-c
	fmt.Println("open:", ok)
}
