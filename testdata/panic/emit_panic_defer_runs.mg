package main

import "fmt"

func main() {
	defer fmt.Println("deferred print runs before the crash")
	var a []int
	_ = a[0]
}
