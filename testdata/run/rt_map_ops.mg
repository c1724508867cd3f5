// Maps: literals, comma-ok lookups, delete, deleting during range, keys of
// every comparable kind (structs, arrays, interfaces, floats with NaN and
// -0), growth to many entries, and the nil map's read-only behaviour.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct{ X, Y int }

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	v, ok := ages["bob"]
	_, missing := ages["dave"]
	fmt.Println(len(ages), v, ok, missing, ages["dave"])
	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(ages)

	// deleting the current key while ranging is allowed
	seen := 0
	for k := range ages {
		delete(ages, k)
		seen++
	}
	fmt.Println(seen, len(ages), ages)

	// every entry exactly once
	big := make(map[int]int)
	for i := 0; i < 100000; i++ {
		big[i*7] = i
	}
	sum, count := 0, 0
	for k, v := range big {
		if k != v*7 {
			fmt.Println("bad entry", k, v)
		}
		sum += v
		count++
	}
	fmt.Println(len(big), count, sum)
	for i := 0; i < 100000; i += 2 {
		delete(big, i*7)
	}
	fmt.Println(len(big), big[7], big[14])

	grid := map[Point]string{{0, 0}: "origin", {1, 2}: "p"}
	grid[Point{1, 2}] = "q"
	fmt.Println(grid[Point{1, 2}], len(grid), grid)
	arr := map[[2]int]bool{{1, 2}: true}
	fmt.Println(arr[[2]int{1, 2}], arr[[2]int{2, 1}])

	anyKeys := map[interface{}]int{1: 1, "1": 2, 1.0: 3, Point{}: 4, nil: 5}
	fmt.Println(len(anyKeys), anyKeys[1], anyKeys["1"], anyKeys[1.0], anyKeys[Point{}], anyKeys[nil])

	floats := map[float64]int{}
	floats[math.NaN()] = 1
	floats[math.NaN()] = 2
	floats[0.0] = 3
	negZero := math.Copysign(0, -1)
	floats[negZero] = 4
	_, nanFound := floats[math.NaN()]
	fmt.Println(len(floats), nanFound, floats[0])

	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		key := "odd"
		if i%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], i)
	}
	fmt.Println(groups)

	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["x"]++
	nested["a"]["x"]++
	fmt.Println(nested, len(nested["missing"]))

	var nilMap map[string]int
	for range nilMap {
		fmt.Println("never")
	}
	delete(nilMap, "k")
	fmt.Println(nilMap == nil, len(nilMap), nilMap["k"])

	words := []string{"b", "a", "c", "a", "b", "a"}
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", freq[k], " ")
	}
	fmt.Println()

	bs := []byte("key")
	byBytes := map[string]int{string(bs): 1}
	bs[0] = 'K'
	fmt.Println(byBytes["key"], byBytes[string(bs)])
}
