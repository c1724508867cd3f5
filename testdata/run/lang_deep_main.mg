// The main goroutine's stack grows too: recursion a million calls deep in main.
package main

import "fmt"

func down(n int) int {
	if n == 0 {
		return 0
	}
	return down(n-1) + 2
}

func main() {
	fmt.Println(down(1000000))
	var sumTo func(n int) int
	sumTo = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + sumTo(n-1)
	}
	fmt.Println(sumTo(300000))
}
