package main

import "fmt"

func weighted(_i1 int, xs ...int) int {
	for i, x := range xs {
		_i1 += x * i
	}
	return _i1
}

func main() {
	fmt.Println(weighted(3, 1, 2))
}
