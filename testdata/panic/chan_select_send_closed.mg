package main

import "fmt"

func main() {
	c := make(chan int)
	d := make(chan int)
	close(c)
	select {
	case c <- 1:
		fmt.Println("sent")
	case <-d:
	}
}
