// A goroutine spinning in `for {}` must not starve main under one P:
// sysmon asks it to yield after 10 ms (Go preempts it asynchronously).
// minigo:env GOMAXPROCS=1
package main

import (
	"fmt"
	"time"
)

var spins int // written by one goroutine only

func main() {
	go func() {
		for {
		}
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main still runs")
	go func() {
		for i := 0; ; i++ {
			spins = i
		}
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("and again")
}
