// After a recovered panic the program goes on; a later, unrecovered panic still kills it.
package main

import "fmt"

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	try(func() { panic("one") })
	try(func() { panic("two") })
	fmt.Println("still running")
	var m map[int]int
	m[1]++
}
