// Strings are immutable: a byte of a string cannot be assigned.
// Modern gc (1.20+) words it "(neither addressable nor a map index expression)";
// Go 1.19 said "cannot assign to s[0] (value of type byte)".
package main

func main() {
	s := "hello"
	s[0] = 'H'
	println(s)
}
