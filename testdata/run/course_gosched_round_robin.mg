// minigo:env GOMAXPROCS=1
// minigo:racesorted
// Three goroutines yielding with Gosched on one P take turns; main waits on a channel.
// Go runs C first: a new goroutine goes into the P's runnext slot, so the last one started
// runs next when main blocks; Gosched then sends each to the back of the queue.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	for _, name := range []string{"A", "B", "C"} {
		go func(name string) {
			for i := 0; i < 3; i++ {
				fmt.Println(name, i)
				runtime.Gosched()
			}
			done <- true
		}(name)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
