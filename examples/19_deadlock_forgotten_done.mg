// Lesson 19: deadlock -- a forgotten Done.
//
// One worker returns early and skips wg.Done(), so the counter never reaches
// zero and main waits forever. Once every goroutine is blocked the runtime
// detects that nothing can ever wake them and stops the program (exit
// status 2):
//
//	fatal error: all goroutines are asleep - deadlock!
//
//	goroutine 1 [sync.WaitGroup.Wait]:
//
// The fix: `defer wg.Done()` as the first statement of the worker.
// (The runtime only sees a deadlock when ALL goroutines are blocked; if one
// is still busy or sleeping, the program just hangs.)
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	if id == 2 {
		fmt.Println("worker 2: nothing to do, returning early")
		return
	}
	fmt.Println("worker", id, "done")
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		worker(i, &wg)
	}
	wg.Wait()
	fmt.Println("never printed")
}
