// hello.mg: the smallest concurrent program. main runs in goroutine 1; it
// starts a second goroutine with the go statement and waits for it with a
// sync.WaitGroup, because main returning would end the program at once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("hello from a goroutine")
	}()
	wg.Wait()
	fmt.Println("hello from main")
}
