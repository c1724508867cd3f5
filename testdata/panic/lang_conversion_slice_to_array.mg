// Converting a too-short slice to an array value panics (Go 1.20).
// expected output hand-derived: Go 1.19 lacks slice-to-array conversion; the
// text is boundsConvert's in Go 1.20+ runtime/error.go.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	a := [4]int(s)
	fmt.Println(a)
}
