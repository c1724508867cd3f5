// Maps: struct keys, delete, len, comma-ok, zero values, sorted fmt printing.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m, len(m))
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["zz"]
	fmt.Println(v, ok)
	delete(m, "b")
	delete(m, "nothing")
	fmt.Println(m, len(m))
	m["d"]++
	m["a"] += 10
	fmt.Println(m)
	grid := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	grid[Point{3, 4}] = "far"
	fmt.Println(grid[Point{1, 2}], grid[Point{9, 9}] == "", len(grid))
	fmt.Println(grid)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	for k := range nilMap {
		fmt.Println(k)
	}
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string][]int{}
	nested["x"] = append(nested["x"], 1, 2)
	nested["y"] = append(nested["y"], 3)
	fmt.Println(nested)
	m2 := m
	m2["shared"] = 1
	fmt.Println(m["shared"])
	im := map[int]bool{3: true, -1: false, 10: true}
	fmt.Println(im)
	fm := map[float64]string{2.5: "a", -1: "b"}
	fmt.Println(fm)
	ip := map[interface{}]int{1: 1, "a": 2}
	fmt.Println(ip[1], ip["a"], len(ip))
	for i := 0; i < 1000; i++ {
		m[fmt.Sprint(i)] = i
	}
	for i := 0; i < 1000; i += 2 {
		delete(m, fmt.Sprint(i))
	}
	fmt.Println(len(m), m["999"], m["998"])
}
