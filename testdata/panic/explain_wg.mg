// A forgotten Done: the explanation gives the WaitGroup's counter.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	printed := make(chan bool) // one worker at a time: a fixed output order
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			if n != 1 {
				defer wg.Done()
			}
			fmt.Println("worker", n)
			printed <- true
		}(i)
		<-printed
	}
	wg.Wait()
	fmt.Println("all done")
}
