// Typed and untyped constant arithmetic, constant expressions, conversions at compile time.
package main

import (
	"fmt"
	"time"
)

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
)

const week = 7 * 24 * time.Hour
const ratio = 2 / 3.0
const mask = ^uint8(0)
const neg = -1
const names = "abc"
const nameLen = len(names)

var arr [nameLen * 2]int

func main() {
	fmt.Printf("%T %v\n", Millisecond, Millisecond)
	fmt.Println(week, time.Duration(90)*time.Second, 1500*time.Millisecond)
	fmt.Println(ratio, mask, uint8(mask)>>4, neg*neg)
	fmt.Println(len(arr), nameLen)
	var f float32 = 1 << 24
	var i int = 'a' * 2
	var c = 'a' + 1
	fmt.Println(f, i, c, string(rune(c)))
	const big = 1 << 62
	fmt.Println(big/(1<<60), uint64(big)*2)
	x := 7
	fmt.Println(x/2*2, x*1.0, float64(x)/2)
	const e = 'e' - 'a'
	fmt.Printf("%T %v\n", e, e)
	var d time.Duration = 2*time.Hour + 30*time.Minute + 5*time.Second + 7*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Round(time.Hour), d.Truncate(time.Minute))
	fmt.Println(time.Duration(0), time.Duration(999), 2*time.Microsecond, time.Duration(1500000))
}
