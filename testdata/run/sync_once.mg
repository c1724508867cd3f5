// Once runs its function exactly once, even when called concurrently and
// even when the function panics.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func loadConfig() {
	fmt.Println("loading config")
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
		}()
	}
	wg.Wait()
	fmt.Println(config["mode"])

	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("boom") })
	}()
	o.Do(func() { fmt.Println("never printed") })
	fmt.Println("second Do did nothing")
}
