// fmt prints maps with sorted keys: numbers, strings, bools, floats, structs, arrays, NaN.
package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{10: "ten", -5: "minus five", 0: "zero", 3: "three"})
	fmt.Println(map[string]int{"banana": 1, "Apple": 2, "apple": 3, "": 4})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[float64]string{2.5: "b", -1.5: "a", math.Inf(1): "inf", math.NaN(): "nan"})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Println(map[rune]int{'b': 2, 'a': 1})
	fmt.Println(map[string][]int{"y": {1}, "x": nil})
	fmt.Println(map[string]map[string]int{"outer": {"z": 1, "a": 2}})
	fmt.Printf("%v|%+v|%#v\n", map[K]int{{1, "x"}: 1}, map[K]int{{1, "x"}: 1}, map[string]bool{"b": true, "a": false})
	var u8 = map[uint8]int{200: 1, 3: 2, 100: 3}
	fmt.Println(u8)
	fmt.Println(map[int8]int{-128: 1, 127: 2, 0: 3})
}
