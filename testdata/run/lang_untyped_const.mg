// Untyped constants: arbitrary precision, default types, typed constants.
package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const Pi = 3.14159265358979323846264338327950288
const Third = 1.0 / 3
const Half = 1 / 2
const HalfF = 1 / 2.0

type Celsius float64

const Boiling Celsius = 100

func main() {
	fmt.Println(Small, Half, HalfF)
	fmt.Println(Pi, float32(Pi))
	fmt.Println(Third)
	var f float32 = Third
	fmt.Println(f)
	x := 'a' + 1
	fmt.Printf("%T %v\n", x, x)
	y := 1 + 2.0
	fmt.Printf("%T %v\n", y, y)
	z := 10 / 4
	fmt.Printf("%T %v\n", z, z)
	w := 10 / 4.0
	fmt.Printf("%T %v\n", w, w)
	fmt.Printf("%T %v\n", Boiling, Boiling)
	c := Boiling - 37.5
	fmt.Printf("%T %v\n", c, c)
	const s = "hello" + ", " + "world"
	fmt.Println(s, len(s))
	const b = 3 > 2
	fmt.Printf("%T %v\n", b, b)
	var u8 uint8 = Big >> 95
	fmt.Println(u8)
	fmt.Println(Big / (Big >> 3))
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
}
