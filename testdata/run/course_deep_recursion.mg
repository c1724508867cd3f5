// Goroutine stacks grow on demand: deep recursion inside goroutines.
package main

import (
	"fmt"
	"sync"
)

func depth(n int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1 + pad[n%8] - n
}

func main() {
	var wg sync.WaitGroup
	res := make([]int, 4)
	for i, d := range []int{10, 1000, 10000, 100000} {
		wg.Add(1)
		go func(i, d int) {
			defer wg.Done()
			res[i] = depth(d)
		}(i, d)
	}
	wg.Wait()
	fmt.Println(res)
	ch := make(chan int)
	go func() { ch <- depth(200000) }()
	fmt.Println(<-ch)
}
