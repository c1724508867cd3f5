package main

import (
	"fmt"
	"math"
)

func main() {
	// division truncates toward zero; MinInt / -1 wraps
	a, b := -7, 2
	fmt.Println(a/b, a%b, 7/-2, 7%-2)
	m := math.MinInt64
	d := -1
	fmt.Println(m/d, m%d)
	var m8 int8 = -128
	var d8 int8 = -1
	fmt.Println(m8/d8, m8%d8)

	// wrapping arithmetic
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u16 uint16 = 65535
	fmt.Println(u16*u16, u16+1)
	var i32 int32 = math.MaxInt32
	fmt.Println(i32+1, i32*2)
	big := math.MaxInt64
	fmt.Println(big+1 == math.MinInt64)
	var u uint = 0
	fmt.Println(u - 1)

	// shifts: counts at or beyond the width
	var x int64 = -8
	var s uint = 70
	fmt.Println(x>>s, x<<s, x>>2, x<<2)
	var y uint32 = 1
	var s2 int = 33
	fmt.Println(y<<s2, y<<31, y>>s2)
	var k int8 = 1
	fmt.Println(k<<7, k<<8)
	fmt.Println(1<<10, uint64(1)<<63)

	// bit operations
	p, q := 0b1100, 0b1010
	fmt.Println(p&q, p|q, p^q, p&^q, ^p)

	// conversions
	f := 3.99
	g := -3.99
	fmt.Println(int(f), int(g), int64(f*100), uint8(int(f)+254))
	fmt.Println(float64(7)/2, float32(0.1), float64(float32(0.1)) == 0.1)
	var r rune = 'é'
	fmt.Println(string(r), string(rune(65)), byte('A'+1))
	h := 300
	fmt.Println(uint8(h), int8(h), uint16(-1*h))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN())
	fmt.Println(5.0/3, 1e21, 1e20, 100000000.0, 0.000001, 1e-7)
	var z float64
	fmt.Println(1/z, -1/z)
	const c = 1 << 62
	fmt.Println(c>>60, c/3)
	fmt.Println(7.0/2.0, 7/2, 7.0/2)
}
