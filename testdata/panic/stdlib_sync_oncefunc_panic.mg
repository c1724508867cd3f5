// A panic in sync.OnceFunc's f reaches the caller as a re-panic of the
// value OnceFunc recovered, which Go 1.25 marks "[recovered, repanicked]".
// expected output hand-derived: Go 1.21 API (WithCancelCause, AfterFunc...), not in the local Go 1.19
// (and Go 1.19 would print "panic: boom [recovered]" then "\tpanic: boom").
package main

import (
	"fmt"
	"sync"
)

func main() {
	f := sync.OnceFunc(func() {
		fmt.Println("f runs")
		panic("boom")
	})
	defer fmt.Println("deferred in main runs")
	f()
	fmt.Println("not reached")
}
