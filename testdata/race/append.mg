// append from two goroutines to one shared slice.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var names []string
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		names = append(names, "a")
	}()
	go func() {
		defer wg.Done()
		names = append(names, "b")
	}()
	wg.Wait()
	fmt.Println(len(names) > 0)
}
