// A pipeline: generate -> square -> filter -> sum, each stage a goroutine.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func odd(in <-chan int) <-chan int {
	out := make(chan int, 4)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	for v := range odd(sq(gen(1, 2, 3, 4, 5, 6, 7))) {
		fmt.Println(v)
	}
	total := 0
	for v := range sq(sq(gen(1, 2, 3))) {
		total += v
	}
	fmt.Println("sum of fourth powers:", total)
}
