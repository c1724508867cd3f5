// The math package: roots, powers, logs, trig, rounding, limits, special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(16), math.Cbrt(27), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Hypot(3, 4))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, 1))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Round(-1.5), math.Trunc(1.9))
	fmt.Println(math.Abs(-0.0), math.Signbit(math.Copysign(0, -1)), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16, math.MaxInt32, uint64(math.MaxUint64))
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.IsInf(1/math.Inf(1), 0), math.Sqrt(-1))
	fmt.Println(math.Mod(10, 3), math.Mod(-10, 3))
	fmt.Println(math.Pi, float32(math.Pi), math.Sqrt2)
}
