// Conversions: numeric, string<->[]byte/[]rune, invalid UTF-8, integer to string via strconv.
package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	fmt.Println([]rune("\xffa"), []byte("é"), string([]rune{0xe9, 0x10FFFF + 1}))
	fmt.Println(string([]byte{0xe4, 0xb8, 0x96}), len(string(rune(0x10000))))
	var f float64 = 3.99
	var i int = int(f)
	var u8 uint8 = uint8(i)
	fmt.Println(i, u8, float32(f), int64(-f))
	big := 1 << 40
	fmt.Println(int32(big), int16(big+5), uint8(big-1))
	fmt.Println(CToF(100), CToF(-40), Celsius(CToF(0)))
	fmt.Println(strconv.Itoa(65), string(rune(65)), fmt.Sprint(65), fmt.Sprintf("%c", 65))
	var r rune = 'é'
	fmt.Println(byte(r), int(r), string(r))
	x := 0.1
	y := float32(x)
	fmt.Println(float64(y) == x, float64(y))
	var n int64 = -1
	fmt.Println(uint32(n), uint64(n)>>60, int8(u8+197))
	fmt.Println(float64(1<<62), int(float64(1<<62)))
	bs := []byte("hello")
	fmt.Println(string(bs[1:3]), string(bs[:0]) == "")
}
