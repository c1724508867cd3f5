// The deadlock is reported only once the last sleeping goroutine has finished:
// until then a timer could still wake someone.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("worker exits without sending")
	}()
	fmt.Println("main waits")
	<-ch
}
