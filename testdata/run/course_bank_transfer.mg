// Concurrent transfers between accounts: lock ordering avoids deadlock; money is conserved.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	id  int
	mu  sync.Mutex
	bal int
}

func transfer(from, to *Account, amt int) bool {
	first, second := from, to
	if to.id < from.id {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.bal < amt {
		return false
	}
	from.bal -= amt
	to.bal += amt
	return true
}

func main() {
	accts := make([]*Account, 5)
	for i := range accts {
		accts[i] = &Account{id: i, bal: 1000}
	}
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 500; k++ {
				from := accts[(g+k)%5]
				to := accts[(g*3+k*7+1)%5]
				if from != to {
					transfer(from, to, (g+k)%50)
				}
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.bal
	}
	fmt.Println("total", total)
}
