// fmt orders interface map keys by dynamic type, then by value, nil first.
// gc orders the types by their descriptors' addresses, which its linker
// lays out by descriptor size, then by name: this pins that order down.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type ID int

type Pair struct{ A, B int }

type Named struct{ X int }

func (n *Named) Bump() { n.X++ }

func main() {
	m := map[interface{}]string{2: "int", "a": "string", 1.5: "float64"}
	fmt.Println(m)
	k := map[any]int{
		"s": 1, 3: 2, 2.5: 3, true: 4, int8(3): 5, uint(7): 6, [2]int{1, 2}: 7,
		struct{ A int }{1}: 8, Celsius(20): 9, ID(4): 10, Pair{1, 2}: 11, Named{2}: 12,
		uint8(9): 13, int64(4): 14, nil: 15, float32(1.5): 16, -1: 17, "b": 18,
		false: 19, [1]string{"x"}: 20, uint16(1): 21, int32(8): 22, ID(1): 23,
	}
	fmt.Println(k)
	fmt.Printf("%v\n", map[interface{}]bool{Pair{2, 1}: true, Pair{1, 9}: false, 0: true})
}
