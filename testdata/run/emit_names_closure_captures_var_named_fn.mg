package main

import "fmt"

func main() {
	fn := func(x int) int { return x * 2 }
	done := make(chan int)
	go func() { done <- fn(21) }()
	fmt.Println(<-done)
}
