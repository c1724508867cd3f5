// Dining philosophers with a waiter goroutine that hands out seats through a channel (at most 4 eat).
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 5
	seats := make(chan struct{}, n-1)
	forks := make([]chan struct{}, n)
	for i := range forks {
		forks[i] = make(chan struct{}, 1)
		forks[i] <- struct{}{}
	}
	meals := make([]int, n)
	var wg sync.WaitGroup
	for p := 0; p < n; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for m := 0; m < 200; m++ {
				seats <- struct{}{}
				<-forks[p]
				<-forks[(p+1)%n]
				meals[p]++
				forks[(p+1)%n] <- struct{}{}
				forks[p] <- struct{}{}
				<-seats
			}
		}(p)
	}
	wg.Wait()
	fmt.Println(meals)
}
