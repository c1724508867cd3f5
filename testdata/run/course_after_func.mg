// time.AfterFunc runs a function in its own goroutine later; Stop cancels it.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() { done <- "fired" })
	t := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("waiting")
	fmt.Println(<-done)
	fmt.Println("stopped:", t.Stop())
	fmt.Println("stopped again:", t.Stop())
	timer := time.NewTimer(time.Hour)
	timer.Reset(10 * time.Millisecond)
	<-timer.C
	fmt.Println("reset timer fired")
}
