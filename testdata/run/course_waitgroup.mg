// WaitGroup: Add before go, Done when finished (defer), Wait blocks until the counter is zero.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, out []string, wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(time.Duration(5-id) * time.Millisecond)
	out[id] = fmt.Sprintf("worker %d done", id)
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go worker(i, out, &wg)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func() { wg.Done() }()
	}
	wg.Wait()
	fmt.Println("reused the WaitGroup")
	var wg2 sync.WaitGroup
	wg2.Wait()
	fmt.Println("Wait on a zero counter returns at once")
}
