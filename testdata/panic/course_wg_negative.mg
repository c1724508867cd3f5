// Calling Done more times than Add makes the WaitGroup counter negative: panic.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced so far")
	wg.Done()
}
