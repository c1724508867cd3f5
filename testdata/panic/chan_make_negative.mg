package main

import "fmt"

func main() {
	n := -1
	fmt.Println("making")
	c := make(chan int, n)
	fmt.Println(cap(c))
}
