// math/bits: every function on edge values and on a pseudo-random stream,
// the carry/borrow chains, 128-bit products and quotients, and Div64's
// runtime-error panics.
package main

import (
	"fmt"
	"math/bits"
)

var seed uint64 = 0x9E3779B97F4A7C15

// next is xorshift64*: a fixed stream, so the output is the same as Go's.
func next() uint64 {
	seed ^= seed >> 12
	seed ^= seed << 25
	seed ^= seed >> 27
	return seed * 2685821657736338717
}

func samples() []uint64 {
	s := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 1 << 31,
		1<<32 - 1, 1 << 32, 1 << 63, 1<<64 - 1, 0x0123456789abcdef}
	for i := 0; i < 40; i++ {
		v := next()
		s = append(s, v, v>>uint(i), v&(1<<uint(i%64)))
	}
	return s
}

func counts(x uint64) {
	fmt.Println("ones", bits.OnesCount(uint(x)), bits.OnesCount8(uint8(x)),
		bits.OnesCount16(uint16(x)), bits.OnesCount32(uint32(x)), bits.OnesCount64(x))
	fmt.Println("lead", bits.LeadingZeros(uint(x)), bits.LeadingZeros8(uint8(x)),
		bits.LeadingZeros16(uint16(x)), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros64(x))
	fmt.Println("trail", bits.TrailingZeros(uint(x)), bits.TrailingZeros8(uint8(x)),
		bits.TrailingZeros16(uint16(x)), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros64(x))
	fmt.Println("len", bits.Len(uint(x)), bits.Len8(uint8(x)),
		bits.Len16(uint16(x)), bits.Len32(uint32(x)), bits.Len64(x))
}

func reversals(x uint64) {
	fmt.Printf("rev %x %x %x %x %x\n", bits.Reverse(uint(x)), bits.Reverse8(uint8(x)),
		bits.Reverse16(uint16(x)), bits.Reverse32(uint32(x)), bits.Reverse64(x))
	fmt.Printf("revbytes %x %x %x %x\n", bits.ReverseBytes(uint(x)),
		bits.ReverseBytes16(uint16(x)), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes64(x))
}

func rotations(x uint64) {
	for _, k := range []int{0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, -1, -9, -64, -100} {
		fmt.Printf("rot %d %x %x %x %x %x\n", k, bits.RotateLeft(uint(x), k),
			bits.RotateLeft8(uint8(x), k), bits.RotateLeft16(uint16(x), k),
			bits.RotateLeft32(uint32(x), k), bits.RotateLeft64(x, k))
	}
}

func arith(x, y uint64) {
	for c := uint64(0); c < 2; c++ {
		s, co := bits.Add64(x, y, c)
		d, bo := bits.Sub64(x, y, c)
		s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
		d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
		su, cu := bits.Add(uint(x), uint(y), uint(c))
		du, bu := bits.Sub(uint(x), uint(y), uint(c))
		fmt.Println("addsub", s, co, d, bo, s32, co32, d32, bo32, su, cu, du, bu)
	}
	hi, lo := bits.Mul64(x, y)
	hi32, lo32 := bits.Mul32(uint32(x), uint32(y))
	hu, lu := bits.Mul(uint(x), uint(y))
	fmt.Println("mul", hi, lo, hi32, lo32, hu, lu)
	if y != 0 {
		q, r := bits.Div64(hi%y, lo, y)
		fmt.Println("div", q, r, bits.Rem64(hi, lo, y), bits.Rem64(x, y, y))
		qu, ru := bits.Div(uint(hi%y), uint(lo), uint(y))
		fmt.Println("divu", qu, ru, bits.Rem(uint(hi), uint(lo), uint(y)))
	}
	if uint32(y) != 0 {
		q32, r32 := bits.Div32(hi32%uint32(y), lo32, uint32(y))
		fmt.Println("div32", q32, r32, bits.Rem32(hi32, lo32, uint32(y)))
	}
}

// add128 chains Add64 through two words, as multi-word arithmetic does.
func add128(ahi, alo, bhi, blo uint64) (uint64, uint64, uint64) {
	lo, c := bits.Add64(alo, blo, 0)
	hi, c := bits.Add64(ahi, bhi, c)
	return hi, lo, c
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		// runtime.Error's marker method (minigo has no runtime.Error name).
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println(name, "recovered:", r, "runtime.Error:", isRuntime)
	}()
	f()
}

func panics() {
	try("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 0, 5) })
	try("Div64 overflow big", func() { bits.Div64(1<<63, 0, 3) })
	try("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(7, 1, 2) })
	try("Div by zero", func() { bits.Div(0, 1, 0) })
	try("Rem64 by zero", func() { bits.Rem64(1, 1, 0) })
	try("Rem32 by zero", func() { bits.Rem32(1, 1, 0) })
	fmt.Println("Rem64 no overflow:", bits.Rem64(10, 3, 7), bits.Rem32(10, 3, 7))
}

func main() {
	fmt.Println("UintSize", bits.UintSize)
	s := samples()
	for _, x := range s {
		fmt.Printf("x=%#x\n", x)
		counts(x)
		reversals(x)
	}
	for _, x := range s[:20] {
		rotations(x)
	}
	for i := 0; i+1 < len(s); i++ {
		arith(s[i], s[i+1])
		arith(s[i+1], s[i])
	}
	arith(1<<64-1, 1<<64-1)
	fmt.Println(add128(1<<64-1, 1<<64-1, 0, 1))
	fmt.Println(add128(1, 1<<64-1, 1<<64-2, 1))
	fmt.Println(bits.Div64(1<<64-2, 1<<64-1, 1<<64-1))
	fmt.Println(bits.Div64(1, 0, 3))
	panics()
}
