package main

import "fmt"

func main() {
	goto L
	x := 1
	fmt.Println(x)
L:
	fmt.Println("end")
}

// gc prints the other position with the path it was given ("./NAME.go"); minigo prints NAME.mg as given.
