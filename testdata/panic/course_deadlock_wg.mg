// A forgotten Done: Wait never returns and every goroutine is asleep.
// Modern Go names the wait reason "sync.WaitGroup.Wait"; Go 1.19 printed "semacquire".
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	fmt.Println("worker", id, "done (but forgot wg.Done)")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(1, &wg)
	wg.Wait()
}
