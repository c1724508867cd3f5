// A failed slice-to-array conversion is a recoverable runtime error (Go 1.20).
// expected output hand-derived: Go 1.19 lacks slice-to-array conversion; the
// text is boundsConvert's in Go 1.20+ runtime/error.go.
package main

import "fmt"

func convert(s []int) (err error) {
	defer func() { err, _ = recover().(error) }()
	_ = [4]int(s)
	return nil
}

func main() {
	fmt.Println(convert([]int{1, 2, 3}))
	fmt.Println(convert([]int{1, 2, 3, 4, 5}))
	fmt.Println([2]int([]int{7, 8, 9}))
}
