// A stop flag polled without synchronisation: the classic broken stop request.
package main

import (
	"fmt"
	"time"
)

func main() {
	stop := false
	done := make(chan struct{})
	go func() {
		n := 0
		for !stop {
			n++
			time.Sleep(time.Millisecond)
		}
		close(done)
	}()
	time.Sleep(5 * time.Millisecond)
	stop = true
	<-done
	fmt.Println("stopped")
}
