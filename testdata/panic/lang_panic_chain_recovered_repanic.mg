// A re-panic recovered further up leaves no trace in a later, unrelated panic.
package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-panic: ", r))
	}()
	panic("first")
}

func middle() {
	defer func() { fmt.Println("middle recovered:", recover()) }()
	inner()
}

func main() {
	middle()
	panic("final")
}
