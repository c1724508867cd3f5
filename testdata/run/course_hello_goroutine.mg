// main starts a goroutine with go and waits for it with a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func say(msg string, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println(msg)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go say("hello from a goroutine", &wg)
	wg.Wait()
	fmt.Println("main: goroutine finished")
}
