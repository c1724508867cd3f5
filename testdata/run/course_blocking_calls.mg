// Blocking calls: a slow "server" called sequentially, then concurrently.
// Concurrent calls overlap their waiting, so the total time drops.
package main

import (
	"fmt"
	"sync"
	"time"
)

func fetch(id int) string {
	time.Sleep(50 * time.Millisecond)
	return fmt.Sprintf("response %d", id)
}

func main() {
	start := time.Now()
	for i := 0; i < 5; i++ {
		fetch(i)
	}
	seq := time.Since(start)
	fmt.Println("sequential >= 250ms:", seq >= 250*time.Millisecond)
	start = time.Now()
	var wg sync.WaitGroup
	res := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = fetch(i)
		}(i)
	}
	wg.Wait()
	conc := time.Since(start)
	fmt.Println("concurrent < 200ms:", conc < 200*time.Millisecond)
	fmt.Println(res)
}
