// bits.Div64 with a quotient that does not fit 64 bits: Go's runtime error.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	hi := uint64(9)
	fmt.Println(bits.Div64(hi-1, 0, 9))
	fmt.Println(bits.Div64(hi, 0, 9))
}
