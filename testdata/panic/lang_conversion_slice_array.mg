// Converting a too-short slice to an array pointer panics (Go 1.17).
package main

import "fmt"

func main() {
	s := []int{1, 2}
	p := (*[4]int)(s)
	fmt.Println(p)
}
