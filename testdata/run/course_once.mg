// sync.Once runs an initialization exactly once, however many goroutines ask.
package main

import (
	"fmt"
	"sync"
)

type Config struct{ Name string }

var (
	once   sync.Once
	config *Config
	calls  int
)

func load() *Config {
	once.Do(func() {
		calls++
		config = &Config{"loaded"}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ptrs[i] = load()
		}(i)
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		same = same && p == ptrs[0]
	}
	fmt.Println(config.Name, "calls:", calls, "same pointer:", same)
	var o sync.Once
	for i := 0; i < 3; i++ {
		o.Do(func() { fmt.Println("only once, i =", i) })
	}
}
