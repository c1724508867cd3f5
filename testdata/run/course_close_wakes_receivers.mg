// Closing a channel wakes all blocked receivers with the zero value and ok == false.
package main

import (
	"fmt"
	"sync"
)

type msg struct {
	text string
	n    int
}

func main() {
	ch := make(chan msg)
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m, ok := <-ch
			results[i] = fmt.Sprintf("%d:%q/%d/%v", i, m.text, m.n, ok)
		}(i)
	}
	ch <- msg{"real", 1}
	close(ch)
	wg.Wait()
	real := 0
	for _, r := range results {
		if r[2:] == `"real"/1/true` {
			real++
		}
	}
	fmt.Println("real messages:", real)
	zero := 0
	for _, r := range results {
		if r[2:] == `""/0/false` {
			zero++
		}
	}
	fmt.Println("zero values:", zero)
}
