// main calls runtime.Goexit: the program goes on until the other
// goroutines end, then dies as Go does.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("worker done")
	}()
	defer fmt.Println("main's defer runs")
	runtime.Goexit()
}
