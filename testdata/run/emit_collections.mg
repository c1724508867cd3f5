package main

import (
	"fmt"
	"sort"
)

type key struct {
	a int
	b string
}

func main() {
	// slices: growth, aliasing, copy, 3-index
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	fmt.Println(s, len(s), cap(s))
	t := s[2:5]
	t[0] = 100
	fmt.Println(s[2], len(t), cap(t))
	u := s[2:4:6]
	u = append(u, 7)
	u = append(u, 8)
	u = append(u, 9)
	fmt.Println(s, u, cap(u))
	dst := make([]int, 3)
	n := copy(dst, s)
	fmt.Println(n, dst)
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	s = append(s[:1], s[3:]...)
	fmt.Println(s)
	e := []int{}
	fmt.Println(e == nil, len(e))
	grid := make([][]string, 2)
	for i := range grid {
		grid[i] = make([]string, 2, 4)
		for j := range grid[i] {
			grid[i][j] = fmt.Sprint(i, j)
		}
	}
	fmt.Println(grid)
	arr := [5]int{1, 2, 3, 4, 5}
	as := arr[1:3]
	as[0] = 20
	fmt.Println(arr, as, cap(as))
	pa := &arr
	for i, v := range pa {
		pa[i] = v * 2
	}
	fmt.Println(arr, len(pa))
	sparse := [...]string{2: "two", 5: "five"}
	fmt.Println(len(sparse), sparse)
	ints := []int{5, 2, 8, 1}
	sort.Ints(ints)
	fmt.Println(ints)
	bs = append(bs, "xyz"...)
	fmt.Println(string(bs[5:]))

	// maps
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	m["b"] = nil
	fmt.Println(len(m), m["a"], m["b"] == nil, m["zz"] == nil)
	delete(m, "b")
	delete(m, "nothing")
	_, ok := m["b"]
	fmt.Println(len(m), ok)
	km := map[key]int{{1, "x"}: 10}
	km[key{2, "y"}] += 5
	km[key{1, "x"}]++
	fmt.Println(km[key{1, "x"}], km[key{2, "y"}], len(km))
	im := map[interface{}]string{1: "int", "1": "string", 1.0: "float"}
	fmt.Println(im[1], im["1"], im[1.0], len(im))
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	keys := make([]string, 0, len(counts))
	for k, v := range counts {
		keys = append(keys, fmt.Sprintf("%c=%d", k, v))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Println(map[string]int{"z": 1, "a": 2})
	var nm map[string]int
	fmt.Println(nm["x"], len(nm))
	for k := range nm {
		fmt.Println(k)
	}

	// strings
	str := "héllo, 世界"
	fmt.Println(len(str), str[1], str[0:1], str[7:])
	rs := []rune(str)
	fmt.Println(len(rs), string(rs[7:]), string(rs[1]))
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), "abc" < "abd", "b" > "abc", "x"+"y" == "xy")
	for i := 0; i < len("日本"); i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	bad := string([]byte{0xff, 'a'})
	for i, r := range bad {
		fmt.Println(i, r)
	}
	fmt.Printf("%q %x %d\n", "a\x00b", "hi", len("a\x00b"))
}
