// Constants have no negative zero: -0.0 is the float64 0, and only a
// computed value can be negative zero.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := -0.0
	fmt.Println(x, -0.0, math.Signbit(x))
	var zero float64
	y := -zero
	fmt.Println(y, math.Signbit(y))
	fmt.Printf("%v %.1f %+v\n", y, y, x)
}
