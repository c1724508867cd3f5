// Stopping a goroutine with a done channel: close broadcasts to every listener.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, done <-chan struct{}, wg, started *sync.WaitGroup, ticks []int) {
	defer wg.Done()
	ticks[id]++
	started.Done()
	for {
		select {
		case <-done:
			return
		default:
			ticks[id]++
			time.Sleep(time.Millisecond)
		}
	}
}

func main() {
	done := make(chan struct{})
	var wg, started sync.WaitGroup
	ticks := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		started.Add(1)
		go worker(i, done, &wg, &started, ticks)
	}
	started.Wait()
	time.Sleep(10 * time.Millisecond)
	close(done)
	wg.Wait()
	for i, t := range ticks {
		fmt.Println("worker", i, "did work:", t > 0)
	}
	fmt.Println("all workers stopped")
}
