// An unbuffered send with no receiver blocks forever: deadlock.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending")
	ch <- 1
	fmt.Println("never printed")
}
