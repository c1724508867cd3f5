// runtime.Goexit runs the goroutine's deferred calls and ends it; the
// goroutine that started it goes on.
package main

import (
	"fmt"
	"runtime"
)

func work(done chan bool) {
	defer func() { done <- true }()
	defer fmt.Println("deferred in work")
	inner()
	fmt.Println("not printed")
}

func inner() {
	defer fmt.Println("deferred in inner")
	runtime.Goexit()
}

func main() {
	done := make(chan bool)
	go work(done)
	<-done
	fmt.Println("main goes on")
}
