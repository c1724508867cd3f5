// A blank assignment still reads: `_ = n` and `_, _ = m, 0` race with the
// goroutine's writes, and Go's -race reports both.
package main

import (
	"fmt"
	"time"
)

func main() {
	n, m := 0, 0
	done := make(chan bool)
	go func() {
		n, m = 1, 2
		done <- true
	}()
	_ = n
	_, _ = m, 0
	<-done
	time.Sleep(time.Millisecond)
	fmt.Println(n, m)
}
