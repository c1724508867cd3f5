// Run tasks concurrently, collect every error, report them in task order.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func task(i int) error {
	if i%3 == 0 {
		return fmt.Errorf("task %d: %w", i, errors.New("divisible by three"))
	}
	return nil
}

func main() {
	errs := make([]error, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs[i-1] = task(i)
		}(i)
	}
	wg.Wait()
	var first error
	count := 0
	for _, e := range errs {
		if e != nil {
			count++
			if first == nil {
				first = e
			}
			fmt.Println(e)
		}
	}
	fmt.Println("failed:", count, "first:", first)
}
