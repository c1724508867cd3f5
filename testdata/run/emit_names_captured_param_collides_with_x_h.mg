package main

import "fmt"

func counter(n int) func() int {
	n_h := 100
	return func() int {
		n++
		return n + n_h
	}
}

func main() {
	c := counter(1)
	fmt.Println(c(), c())
}
