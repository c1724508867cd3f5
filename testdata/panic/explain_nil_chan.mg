// A channel that was declared but never made is nil, and blocks forever.
package main

import "fmt"

func main() {
	var ch chan int
	go func() {
		ch <- 1
		fmt.Println("sent")
	}()
	fmt.Println(<-ch)
}
