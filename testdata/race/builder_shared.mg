// A strings.Builder written by two goroutines races on its buffer, as Go's -race reports.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var sb strings.Builder
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sb.WriteString("x")
		}(i)
	}
	wg.Wait()
	fmt.Println(sb.Len() > 0)
}
