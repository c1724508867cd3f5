// Corner cases: overlapping append/copy, comparisons with NaN and -0 inside structs and arrays,
// swaps through equal indexes, zero-size element slices, large shifts.
package main

import (
	"fmt"
	"math"
)

type P struct {
	X float64
	S string
}

func main() {
	s := make([]int, 3, 10)
	s[0], s[1], s[2] = 1, 2, 3
	t := append(s[:1], s...)
	fmt.Println(t, s)
	u := []int{1, 2, 3, 4, 5}
	copy(u[2:], u)
	fmt.Println(u)
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	fmt.Println(P{nan, "a"} == P{nan, "a"}, P{0, "a"} == P{negz, "a"}, [2]float64{nan} == [2]float64{nan})
	var i1, i2 interface{} = nan, nan
	fmt.Println(i1 == i2, i1 != i2)
	a := []int{1, 2, 3}
	i, j := 1, 1
	a[i], a[j] = a[j]+10, a[i]+20
	fmt.Println(a)
	zs := make([]struct{}, 1000000)
	fmt.Println(len(zs), zs[999999])
	var z [0]int
	fmt.Println(len(z), z)
	var x int64 = -8
	var n uint = 100
	fmt.Println(x>>n, x<<n, uint64(x)>>n, int32(x)>>31, x>>63)
	b := []byte("abc")
	b = append(b[:1], b[2:]...)
	fmt.Println(string(b))
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	fmt.Println(m)
	type pair struct{ a, b *int }
	v1, v2 := 1, 1
	fmt.Println(pair{&v1, nil} == pair{&v1, nil}, pair{&v1, nil} == pair{&v2, nil})
	var e1, e2 error
	fmt.Println(e1 == e2, e1 == nil)
	str := "hello"
	bs := []byte(str)
	for i := range bs {
		bs[i] -= 32
	}
	fmt.Println(str, string(bs))
}
