// append: cap growth sequence, aliasing after append, append of slices.
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, b[3] == 5)
	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 100
	fmt.Println(d, e)
	f := append([]int(nil), d...)
	f[0] = -1
	fmt.Println(d, f)
	g := append(d[:1], d[2:]...)
	fmt.Println(g, d)
	var bs []byte
	bs = append(bs, "hello"...)
	bs = append(bs, ' ', 'w')
	fmt.Println(string(bs), len(bs))
	h := []string{}
	h = append(h)
	fmt.Println(h == nil, len(h))
	bytes := []byte{}
	for i := 0; i < 100; i++ {
		bytes = append(bytes, byte(i))
	}
	fmt.Println(len(bytes), cap(bytes))
	type S struct{ a, b, c int64 }
	var ss []S
	last = -1
	for i := 0; i < 100; i++ {
		ss = append(ss, S{})
		if cap(ss) != last {
			fmt.Print(cap(ss), " ")
			last = cap(ss)
		}
	}
	fmt.Println()
	m := append([]int{1, 2}, 3, 4, 5)
	fmt.Println(len(m), cap(m))
}
