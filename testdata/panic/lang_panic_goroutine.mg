// A panic in any goroutine ends the whole program, even while main waits.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		var s []int
		fmt.Println("worker starting")
		_ = s[3]
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("never printed")
}
