// A buffered channel as a counting semaphore: at most 3 workers at once.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	var wg sync.WaitGroup
	active, maxActive, done := 0, 0, 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(50 * time.Millisecond)
			mu.Lock()
			active--
			done++
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("done:", done, "max concurrent:", maxActive, "len:", len(sem), "cap:", cap(sem))
}
