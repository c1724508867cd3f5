// Deferred calls run before the program dies of a panic.
package main

import "fmt"

func work() {
	defer fmt.Println("work: deferred cleanup")
	panic("work failed")
}

func main() {
	defer fmt.Println("main: deferred cleanup")
	work()
}
