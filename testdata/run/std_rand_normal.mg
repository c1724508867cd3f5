package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 5; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
	sum := 0.0
	for i := 0; i < 100000; i++ {
		sum += r.NormFloat64()*2 + 10
	}
	fmt.Printf("%.6f\n", sum/100000)
	x := rand.NormFloat64()
	fmt.Println(x == x, rand.ExpFloat64() >= 0)
}
