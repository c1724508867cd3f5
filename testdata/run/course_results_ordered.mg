// Concurrent work, results kept in input order by giving each goroutine its index.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

func transform(s string) string {
	time.Sleep(time.Duration(len(s)) * time.Millisecond)
	return strings.ToUpper(s)
}

func main() {
	inputs := []string{"alpha", "be", "gamma", "delta", "e", "zeta"}
	out := make([]string, len(inputs))
	var wg sync.WaitGroup
	for i, s := range inputs {
		wg.Add(1)
		go func(i int, s string) {
			defer wg.Done()
			out[i] = transform(s)
		}(i, s)
	}
	wg.Wait()
	fmt.Println(strings.Join(out, ","))
	type indexed struct {
		i int
		v string
	}
	ch := make(chan indexed)
	for i, s := range inputs {
		go func(i int, s string) { ch <- indexed{i, transform(s)} }(i, s)
	}
	res := make([]string, len(inputs))
	for range inputs {
		r := <-ch
		res[r.i] = r.v
	}
	fmt.Println(strings.Join(res, ","))
}
