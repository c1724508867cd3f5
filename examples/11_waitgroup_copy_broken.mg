// Lesson 11: copying a WaitGroup -- broken.
//
// Go passes arguments by value. Passing a sync.WaitGroup (not a pointer)
// gives the goroutine its own copy: its Done lowers the copy's counter, and
// main's counter stays at 1 forever. When nothing else can run, the runtime
// reports the deadlock, and the program exits with status 2:
//
//	fatal error: all goroutines are asleep - deadlock!
//
//	goroutine 1 [sync.WaitGroup.Wait]:
//
// (go vet warns: "passes lock by value: sync.WaitGroup contains
// sync.noCopy".) Lesson 12 is the fix.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id, "finished")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(1, wg)
	wg.Wait()
	fmt.Println("never printed")
}
