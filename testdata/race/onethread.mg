// Two goroutines on the same OS thread still race: the detector follows
// goroutines, not threads.
// minigo:env GOMAXPROCS=1
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	shared := 0
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		shared = 1
		runtime.Gosched()
	}()
	go func() {
		defer wg.Done()
		runtime.Gosched()
		shared = 2
	}()
	wg.Wait()
	fmt.Println(shared > 0)
}
