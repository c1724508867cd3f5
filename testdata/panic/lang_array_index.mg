// An array indexed with a run-time value out of range.
package main

import "fmt"

func main() {
	var grid [4]int
	for i := 0; i <= len(grid); i++ {
		grid[i] = i
		fmt.Println("set", i)
	}
}
