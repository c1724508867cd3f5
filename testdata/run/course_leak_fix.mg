// A goroutine leak and its fix: a buffered result channel lets the loser of a race finish.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func firstOf(replicas int, buffered bool) string {
	size := 0
	if buffered {
		size = replicas
	}
	ch := make(chan string, size)
	for i := 0; i < replicas; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i+1) * 30 * time.Millisecond)
			ch <- fmt.Sprint("replica ", i)
		}(i)
	}
	return <-ch
}

// settle waits (up to 1s) for the losers of the race to finish, then counts what is left.
func settle(base int) int {
	for i := 0; i < 100 && runtime.NumGoroutine() > base; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	return runtime.NumGoroutine() - base
}

func main() {
	base := runtime.NumGoroutine()
	fmt.Println(firstOf(3, false))
	fmt.Println("leaked goroutines:", settle(base))
	base = runtime.NumGoroutine()
	fmt.Println(firstOf(3, true))
	fmt.Println("leaked goroutines:", settle(base))
}
