// An unbuffered channel synchronizes: the write before the send is visible after the receive.
package main

import "fmt"

var message string

func main() {
	ready := make(chan bool)
	go func() {
		message = "hello, world"
		ready <- true
	}()
	<-ready
	fmt.Println(message)
	done := make(chan struct{})
	data := make([]int, 0)
	go func() {
		for i := 0; i < 5; i++ {
			data = append(data, i*i)
		}
		close(done)
	}()
	<-done
	fmt.Println(data)
}
