// runtime.NumGoroutine counts live goroutines; finished goroutines disappear.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	stop := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-stop
		}()
	}
	started.Wait()
	fmt.Println("while blocked:", runtime.NumGoroutine())
	close(stop)
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("after release:", runtime.NumGoroutine())
	fmt.Println("NumCPU positive:", runtime.NumCPU() > 0)
}
