package main

const x int8 = 100

func main() {
	y := x * 2
	_ = y
}
