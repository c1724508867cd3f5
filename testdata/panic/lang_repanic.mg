// A deferred function recovers and panics with a new value: both are reported.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("second, after ", r))
	}()
	panic("first")
}
