package main

import "fmt"

type Inner struct{ vals [3]int }

type Outer struct {
	name  string
	inner Inner
	ptr   *Inner
	list  []int
}

func (o Outer) mutateCopy() { o.name = "changed"; o.inner.vals[0] = 99 }
func (o *Outer) mutate()    { o.name = "changed"; o.inner.vals[0] = 99 }

func modifyArray(a [3]int) [3]int { a[1] = 50; return a }

func modifySlice(s []int) { s[1] = 50 }

func main() {
	in := &Inner{[3]int{7, 8, 9}}
	a := Outer{"a", Inner{[3]int{1, 2, 3}}, in, []int{1, 2}}
	b := a
	b.name = "b"
	b.inner.vals[2] = 30
	b.ptr.vals[0] = 70
	b.list[0] = 10
	fmt.Println(a.name, a.inner.vals, a.ptr.vals, a.list)
	fmt.Println(b.name, b.inner.vals, b.ptr.vals, b.list)
	a.mutateCopy()
	fmt.Println(a.name, a.inner.vals[0])
	a.mutate()
	fmt.Println(a.name, a.inner.vals[0])

	arr := [3]int{1, 2, 3}
	arr2 := modifyArray(arr)
	fmt.Println(arr, arr2)
	sl := arr[:]
	modifySlice(sl)
	fmt.Println(arr, sl)

	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	s2 := []int{1, 2, 3}
	for i, v := range s2 {
		s2[2] = 100
		if i == 2 {
			fmt.Println("range slice:", v)
		}
	}
	structs := []Outer{{name: "x"}, {name: "y"}}
	for _, o := range structs {
		o.name = "z"
	}
	for i := range structs {
		structs[i].name += "!"
	}
	fmt.Println(structs[0].name, structs[1].name)
	m := map[string]Inner{"k": {[3]int{1}}}
	tmp := m["k"]
	tmp.vals[0] = 5
	fmt.Println(m["k"].vals, tmp.vals)
	pm := map[string]*Inner{"k": {[3]int{1}}}
	pm["k"].vals[0] = 5
	fmt.Println(pm["k"].vals)
	var iface interface{} = a.inner
	a.inner.vals[1] = 77
	fmt.Println(iface.(Inner).vals, a.inner.vals)
	c := a.inner
	f := func() { c.vals[2] = -1 }
	f()
	fmt.Println(c.vals, a.inner.vals)
	matrix := [2][2]int{{1, 2}, {3, 4}}
	row := matrix[0]
	row[0] = 100
	fmt.Println(matrix, row)
	pa := &matrix[1]
	pa[1] = 40
	fmt.Println(matrix)
	type pair struct{ a, b string }
	ps := map[pair]int{}
	ps[pair{"x", "y"}]++
	ps[pair{"x", "y"}]++
	fmt.Println(ps[pair{"x", "y"}], len(ps))
	ch := make(chan Inner, 1)
	v := Inner{[3]int{4, 5, 6}}
	ch <- v
	v.vals[0] = 0
	fmt.Println((<-ch).vals, v.vals)
}
