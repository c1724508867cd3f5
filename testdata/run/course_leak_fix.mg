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
	later := make(chan struct{})
	for i := 0; i < replicas; i++ {
		go func(i int) {
			if i > 0 {
				<-later // the other replicas answer only after the first answer was taken
			}
			ch <- fmt.Sprint("replica ", i)
		}(i)
	}
	first := <-ch
	close(later)
	return first
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
