// minigo:env GOMAXPROCS=1
// A goroutine spinning in a tight loop does not starve the others, even on one P:
// since Go 1.14 the runtime preempts it.
package main

import (
	"fmt"
	"time"
)

func main() {
	var spins uint64
	go func() {
		for {
			spins++
		}
	}()
	go func() {
		x := 0
		for {
			x = x*31 + 7
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main got the CPU back")
	done := make(chan bool)
	go func() {
		fmt.Println("a third goroutine also ran")
		done <- true
	}()
	<-done
}
