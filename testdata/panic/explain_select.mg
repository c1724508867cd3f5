// A select whose channels nobody else uses any more, and an empty select.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	go func() {
		select {}
	}()
	select {
	case v := <-a:
		fmt.Println(v)
	case s := <-b:
		fmt.Println(s)
	}
	fmt.Println("unreachable")
}
