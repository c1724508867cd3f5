// iota: enumerations, skipping, expressions, implicit repetition.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	X = "x"
	Y
	Z = iota
	W
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed"}[d]
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Println(int(Wednesday))
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(X, Y, Z, W)
	perm := FlagRead | FlagExec
	fmt.Println(perm, perm&FlagWrite != 0, perm&FlagExec != 0)
	fmt.Printf("%03b\n", perm)
}
