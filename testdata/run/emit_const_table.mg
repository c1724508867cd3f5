// Slice literals of many constants are copied from a static table: each
// evaluation still yields a fresh array, keyed elements leave zeros between
// them, and named element types keep their methods.
package main

import "fmt"

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

func squares() []int {
	return []int{0, 1, 4, 9, 16, 25, 36, 49, 64, 81}
}

func main() {
	for round := 0; round < 2; round++ {
		s := squares()
		fmt.Println(round, s)
		s[0] = 100 // must not leak into the next call
	}
	words := []string{"alpha", "", "gamma", "delta\n", "ε", "zeta", "eta", "theta", 9: "kappa"}
	fmt.Printf("%q %d\n", words, len(words))
	levels := []Level{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
	fmt.Println(levels)
	flags := []bool{true, false, true, true, false, false, true, false}
	fmt.Println(flags)
	floats := []float64{0.5, -1.25, 3, 1e300, -0.0, 2.5e-300, 7, 8}
	fmt.Println(floats)
	bytes := []byte{'m', 'i', 'n', 'i', 'g', 'o', '!', '\n'}
	fmt.Print(string(bytes))
	sparse := []uint8{2: 7, 12: 255, 5: 1, 3, 4}
	fmt.Println(sparse, len(sparse), cap(sparse))
}
