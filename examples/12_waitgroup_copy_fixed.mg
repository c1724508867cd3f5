// Lesson 12: copying a WaitGroup -- fixed.
//
// Pass a pointer, *sync.WaitGroup, so that every goroutine works on the same
// counter. (A closure that refers to wg directly also shares it.)
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id, "finished")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(1, &wg)
	wg.Wait()
	fmt.Println("main: Wait returned")
}
