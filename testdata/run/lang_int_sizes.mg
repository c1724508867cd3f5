// Every integer size: limits, overflow wrapping, conversions between sizes.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MaxInt8
	i8++
	lo := int8(math.MinInt8)
	lo--
	fmt.Println("int8", i8, lo)
	var i16 int16 = math.MaxInt16
	i16 += 2
	fmt.Println("int16", i16)
	var i32 int32 = math.MaxInt32
	i32 *= 2
	fmt.Println("int32", i32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64", i64, i64 == math.MinInt64)
	var n int = math.MaxInt
	n++
	fmt.Println("int", n)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8", u8)
	var u8b uint8 = 0
	u8b--
	fmt.Println("uint8 under", u8b)
	var u16 uint16 = 65535
	u16 += 10
	fmt.Println("uint16", u16)
	var u32 uint32 = 0
	u32 -= 1
	fmt.Println("uint32", u32)
	var u64 uint64 = 0
	u64--
	fmt.Println("uint64", u64)
	var u uint = 1 << 63
	u *= 2
	fmt.Println("uint", u)
	var up uintptr = 10
	fmt.Println("uintptr", up-3)

	var b byte = 'A'
	var r rune = 'é'
	fmt.Println("byte rune", b, r, string(r))

	x := 300
	fmt.Println("truncate", int8(x), uint8(x), int16(x*250), uint16(x*250))
	y := -1
	fmt.Println("sign", uint8(y), uint16(y), uint32(y), uint64(y))
	var big uint32 = 0xdeadbeef
	fmt.Println("reinterpret", int32(big), int64(big), int8(big))
	var m int8 = -128
	fmt.Println("negate min", -m, m/-1)
	h, t := int8(100), uint8(200)
	fmt.Println("mul", h*3, t*2, h<<1, t<<1)
}
