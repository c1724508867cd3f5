// Two goroutines each wait for the other: main waits on both, all are asleep.
// Modern Go names the wait reason "sync.WaitGroup.Wait"; Go 1.19 printed "semacquire".
package main

import (
	"fmt"
	"sync"
)

func main() {
	a, b := make(chan int), make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		<-a
		b <- 1
	}()
	go func() {
		defer wg.Done()
		<-b
		a <- 1
	}()
	fmt.Println("waiting")
	wg.Wait()
}
