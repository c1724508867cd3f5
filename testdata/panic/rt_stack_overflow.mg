// Unbounded recursion: Go's stack limit is 1 GB; minigo's is set to the
// same with MINIGO_MAXSTACK so that the message matches.
// minigo:env MINIGO_MAXSTACK=1000000000
package main

import "fmt"

func f(n int) int {
	return f(n+1) / 2
}

func main() {
	fmt.Println(f(0))
}
