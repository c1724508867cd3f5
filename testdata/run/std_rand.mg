package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Int63(), r.Int31n(1000), r.Float64())
	fmt.Println(r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r.Uint32(), r.Int63n(1_000_000_007), r.Int())
	r.Seed(7)
	fmt.Println(r.Intn(10), r.Intn(1<<40))

	// The global functions are randomly seeded: print only properties.
	ok := true
	for i := 0; i < 1000; i++ {
		n := rand.Intn(6)
		f := rand.Float64()
		if n < 0 || n >= 6 || f < 0 || f >= 1 {
			ok = false
		}
	}
	p := rand.Perm(5)
	seen := map[int]bool{}
	for _, v := range p {
		seen[v] = true
	}
	fmt.Println(ok, len(seen), rand.Int31n(1) == 0)
}
