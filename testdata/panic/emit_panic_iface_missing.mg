package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	var x interface{} = 3
	s := x.(Shape)
	fmt.Println(s)
}
