package main

type T struct{ f []int }

func main() {
	var a, b T
	_ = a == b
}
