// minigo:sorted
// Fan-in: merge several channels into one; output order between sources varies.
package main

import (
	"fmt"
	"sync"
)

func source(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s-%d", name, i)
		}
		close(ch)
	}()
	return ch
}

func merge(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	for v := range merge(source("a", 3), source("b", 2), source("c", 4)) {
		fmt.Println(v)
	}
}
