// Float formatting through fmt.Println and %v/%g/%e/%f.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(1.0, 2.5, 0.1+0.2, 1e21, 1e20, 123456789.0, 1e-7, 0.000001)
	fmt.Println(float32(0.1), float32(1)/3, 1.0/3)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	var z float64
	fmt.Println(-z, 1/math.Inf(-1))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32))
	fmt.Printf("%v %g %e %f %.2f %8.3f|%-8.2f|\n", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 3.14159)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%g %g %G\n", 1e6, 1e-5, 1e21)
	fmt.Printf("%6.2e\n", 123456.789)
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7), math.Abs(-3))
	fmt.Println(math.Pow(2, 10), math.Mod(7, 3), math.Max(3, 7), math.Min(3, 7))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, math.IsNaN(nan))
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32)
	fmt.Println(100.0, 1e6, 1e100, -0.0)
}
