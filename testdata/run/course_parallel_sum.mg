// Split a big sum across goroutines, each writing its partial result to a channel.
package main

import (
	"fmt"
	"runtime"
)

func partial(nums []int, out chan<- int) {
	s := 0
	for _, v := range nums {
		s += v
	}
	out <- s
}

func main() {
	nums := make([]int, 1000000)
	for i := range nums {
		nums[i] = i % 1000
	}
	parts := runtime.NumCPU() * 2
	out := make(chan int, parts)
	chunk := (len(nums) + parts - 1) / parts
	n := 0
	for lo := 0; lo < len(nums); lo += chunk {
		hi := lo + chunk
		if hi > len(nums) {
			hi = len(nums)
		}
		go partial(nums[lo:hi], out)
		n++
	}
	total := 0
	for i := 0; i < n; i++ {
		total += <-out
	}
	fmt.Println(total)
}
