package main

import "fmt"

func main() {
	{
	M:
		fmt.Println()
	}
	goto M
}

// gc prints the other position with the path it was given ("./NAME.go"); minigo prints NAME.mg as given.
