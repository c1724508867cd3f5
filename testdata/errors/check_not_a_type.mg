// Using a non-type name as a type: gc says what the name is instead.
// Modern gc says "s (variable of struct type S)"; Go 1.19 said "s (variable of type S)".
package main

import "fmt"

const c = 3
const d int = 4
const e = "hi"

func f() {}

type S struct{ x int }

func main() {
	var s S
	var a c
	var b d
	var g f
	var h len
	var i e
	var k nil
	var l fmt
	var m s
	var n s.x
	var int = 3
	var x int = 4
	fmt.Println(a, b, g, h, i, k, l, m, n, x)
}
