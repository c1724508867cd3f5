// Recursion a million calls deep, in main and in a goroutine: goroutine
// stacks grow (Go's up to 1 GB, minigo's up to 64 MiB by default).
package main

import "fmt"

type node struct {
	next *node
	val  int
}

// sum is not a tail call: every frame stays until the bottom is reached.
func sum(n *node) int {
	if n == nil {
		return 0
	}
	return n.val + sum(n.next)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	var list *node
	for i := 1; i <= 1000000; i++ {
		list = &node{list, i}
	}
	fmt.Println(sum(list), depth(1000000))
	done := make(chan int)
	go func() {
		done <- sum(list) + depth(1000000)
	}()
	fmt.Println(<-done)
}
