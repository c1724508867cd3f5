// Converting a too-short slice to an array pointer panics (Go 1.17).
// expected output hand-derived: Go 1.19 lacks Go 1.20's boundsConvert text
// "to array or pointer to array" (it said "to pointer to array").
package main

import "fmt"

func main() {
	s := []int{1, 2}
	p := (*[4]int)(s)
	fmt.Println(p)
}
