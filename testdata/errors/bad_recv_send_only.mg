// Receiving from a send-only channel.
package main

import "fmt"

func produce(ch chan<- int) {
	fmt.Println(<-ch)
}

func main() {
	produce(make(chan int))
}
