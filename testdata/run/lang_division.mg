// Integer division and modulo truncate toward zero; float to int conversion truncates.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, 5}} {
		fmt.Println(p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	var m int64 = math.MinInt64
	d := int64(-1)
	fmt.Println(m/d, m%d)
	var u uint = 7
	fmt.Println(u/2, u%2)
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e9, 3}
	for _, f := range fs {
		fmt.Print(int(f), " ", int64(f), " ", int32(f), " | ")
	}
	fmt.Println()
	fmt.Println(7.0/2, float64(7)/2, 7/2)
	x := 10
	x /= 3
	fmt.Println(x)
	x %= 2
	fmt.Println(x)
	f := 2.75
	fmt.Println(uint8(f), math.Round(f), math.Round(-2.5))
	fmt.Println(float32(16777217), float64(1<<53+1))
	var c = 5
	fmt.Println(float64(c)/2, -c/2, -c%2)
	fmt.Println(math.Mod(-7, 2), math.Remainder(7, 2))
}
