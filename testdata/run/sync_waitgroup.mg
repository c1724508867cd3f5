// WaitGroup: wait for workers; a WaitGroup is reusable after Wait returns.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, results []int, wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(time.Duration(10-id) * time.Millisecond)
	results[id] = id * id
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go worker(i, results, &wg)
	}
	wg.Wait()
	fmt.Println(results)
	for round := 0; round < 3; round++ {
		n := 0
		var mu sync.Mutex
		wg.Add(5)
		for i := 0; i < 5; i++ {
			go func() {
				mu.Lock()
				n++
				mu.Unlock()
				wg.Done()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "n =", n)
	}
	wg.Wait() // counter is zero: returns at once
	fmt.Println("done")
}
