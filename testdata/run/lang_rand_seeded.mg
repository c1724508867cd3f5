// math/rand with an explicit source is deterministic: same seed, same sequence.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	r2 := rand.New(rand.NewSource(42))
	fmt.Println(r2.Intn(100))
	r3 := rand.New(rand.NewSource(7))
	fmt.Println(r3.Int63(), r3.Float64() < 1, r3.Perm(5))
	hits := 0
	r4 := rand.New(rand.NewSource(1))
	for i := 0; i < 10000; i++ {
		if v := r4.Intn(10); v < 0 || v >= 10 {
			hits++
		}
	}
	fmt.Println("out of range:", hits)
	n := rand.Intn(10)
	fmt.Println(n >= 0 && n < 10)
}
