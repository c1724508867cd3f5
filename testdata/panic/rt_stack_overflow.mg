// Unbounded recursion ends in "fatal error: stack overflow" with exit
// status 2. The limit in the first line is minigo's (64 MiB by default,
// see docs/RUNTIME.md); Go's is 1 GB: MINIGO_MAXSTACK=1000000000 prints
// Go's line exactly, at the cost of touching 1 GB of stack.
package main

import "fmt"

func f(n int) int {
	return f(n+1) / 2
}

func main() {
	fmt.Println(f(0))
}
