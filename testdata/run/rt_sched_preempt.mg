// A goroutine spinning in `for {}` must not starve main under one P:
// sysmon asks it to yield after 10 ms (Go preempts it asynchronously).
// minigo:env GOMAXPROCS=1
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
		}
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main still runs")
	n := 0
	go func() {
		for i := 0; ; i++ {
			n = i
		}
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("and again")
	_ = n
}
