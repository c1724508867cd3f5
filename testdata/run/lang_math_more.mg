// Less common math functions: Log1p, Frexp/Ldexp, Modf, float bit patterns, RoundToEven.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Log1p(0), math.Expm1(0), math.RoundToEven(2.5), math.RoundToEven(3.5))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1), math.Float32frombits(0x40400000))
	fmt.Println(math.Phi, math.Ln2, math.Nextafter(1, 2)-1)
}
