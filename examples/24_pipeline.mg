// Lesson 24: a pipeline.
//
// Each stage is a goroutine that receives from the previous stage's channel,
// transforms, and sends to its own output channel, which it closes when its
// input is exhausted. Stages run concurrently; the closes ripple down the
// pipeline and end the final range loop. A done channel lets the consumer
// stop early without leaking the upstream goroutines.
package main

import "fmt"

func generate(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	for v := range square(done, square(done, generate(done, 1, 2, 3, 4))) {
		fmt.Println(v)
	}

	done2 := make(chan struct{})
	first := <-square(done2, generate(done2, 5, 6, 7))
	close(done2) // the rest of the pipeline shuts down
	fmt.Println("took only the first value:", first)
}
