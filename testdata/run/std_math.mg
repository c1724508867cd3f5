package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(1.5, 2.5), math.Pow(10, -3), math.Pow(-8, 1.0/3))
	fmt.Println(math.Abs(-3.2), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(math.Inf(-1), math.NaN()), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(1), -1), math.IsNaN(math.NaN()))
	fmt.Println(math.Log(math.E), math.Log(10), math.Log2(8), math.Log2(10), math.Log10(1000), math.Log10(2), math.Exp(1), math.Exp(2.5))
	fmt.Println(math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Sin(1e10), math.Cos(-3))
	fmt.Println(math.Atan(1), math.Atan2(1, -1), math.Asin(0.5), math.Acos(0.5), math.Hypot(3, 4), math.Hypot(1, 1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32, uint32(math.MaxUint32), math.MaxInt8, math.MaxUint16)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.Pi, math.E, math.Sqrt2, math.Ln2, math.Phi)
	fr, ex := math.Frexp(12)
	ip, fp := math.Modf(-3.75)
	fmt.Println(fr, ex, ip, fp, math.Ldexp(0.75, 4), math.Copysign(3, -1), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x4009_21fb_5444_2d18), math.Float32bits(1), math.Pow10(3), math.Pow10(-2))
	var sum float64
	for i := 1; i <= 10; i++ {
		sum += math.Sqrt(float64(i)) * math.Sin(float64(i))
	}
	fmt.Println(sum)
	fmt.Println(math.Cbrt(27), math.Cbrt(-10), math.Sinh(1), math.Cosh(1), math.Tanh(0.5), math.Exp2(10.5))
}
