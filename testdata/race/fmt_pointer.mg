// fmt reads through a pointer it prints (&{...}): a goroutine writing the
// struct meanwhile races with that read, and Go's -race reports it.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	Name    string
	Balance int
}

func main() {
	acc := &Account{"a", 0}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); acc.Balance += 10 }()
	go func() { defer wg.Done(); fmt.Sprintf("%+v", acc) }()
	wg.Wait()
	fmt.Println("done")
}
