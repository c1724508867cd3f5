// minigo:sorted
// The Tour of Go's first goroutine example: say("world") runs concurrently with say("hello").
// The two interleave by timing, so lines are compared sorted.
package main

import (
	"fmt"
	"time"
)

func say(s string) {
	for i := 0; i < 5; i++ {
		time.Sleep(20 * time.Millisecond)
		fmt.Println(s, i)
	}
}

func main() {
	go say("world")
	say("hello")
	time.Sleep(50 * time.Millisecond)
}
