// Receiving when nobody will ever send: deadlock.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("goroutine exits without sending")
	}()
	v := <-ch
	fmt.Println(v)
}
