// An unused variable inside a goroutine's function literal.
// Modern gc says "declared and not used: result"; Go 1.19 said "result declared but not used".
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		result := 42
	}()
	wg.Wait()
}
