// When main returns the program ends, even if other goroutines are still running or blocked.
package main

import (
	"fmt"
	"time"
)

func main() {
	block := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			<-block
			fmt.Println("never printed: blocked forever")
		}()
	}
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("never printed: sleeping for an hour")
	}()
	go func() {
		for {
			time.Sleep(time.Millisecond)
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main returns")
}
