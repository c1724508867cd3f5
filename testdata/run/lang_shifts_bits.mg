// Shifts (incl. >= width and signed right shift), bit ops, &^.
package main

import "fmt"

func main() {
	var x int32 = -16
	fmt.Println(x>>2, x<<2, uint32(x)>>28)
	var u uint8 = 0xf0
	fmt.Println(u<<1, u>>4, ^u, u&^0x30, u|0x0f, u^0xff)
	var s uint = 70
	one := 1
	fmt.Println(one<<s, one<<63, one<<64>>1, -1>>s, uint64(1)<<s)
	var i8 int8 = 1
	fmt.Println(i8<<7, i8<<8, int8(-128)>>7)
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	fmt.Printf("%b %o %x %X %#x %#o %08b\n", 10, 64, 255, 255, 255, 8, 5)
	n := 0x7fff_ffff
	fmt.Println(n, 0o17, 0o17, 017, 1_000_000)
	var mask uint16 = 1<<15 | 1
	fmt.Println(mask, mask>>15, bitsSet(0xdeadbeef))
	var k uint = 3
	arr := [8]int{}
	arr[1<<k-1] = 1
	fmt.Println(arr)
}

func bitsSet(v uint32) int {
	c := 0
	for v != 0 {
		v &= v - 1
		c++
	}
	return c
}
