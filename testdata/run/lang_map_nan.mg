// NaN map keys never match, so every insert adds an entry; +0 and -0 are the same key.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	_, ok := m[nan]
	fmt.Println(len(m), ok)
	negZero := math.Copysign(0, -1)
	m[0] = 10
	m[negZero] = 20
	fmt.Println(len(m), m[0])
	delete(m, nan)
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
}
