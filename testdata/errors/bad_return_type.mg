// Returning a value of the wrong type.
// Modern gc (1.20+) says "as string value"; Go 1.19 said "as type string".
package main

import "strconv"

func label(n int) string {
	if n < 0 {
		return n
	}
	return strconv.Itoa(n)
}

func main() {
	println(label(1))
}
