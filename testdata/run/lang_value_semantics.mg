// Value vs reference semantics: interfaces copy values, strings from byte slices copy,
// map values are copies, slices and maps share.
package main

import "fmt"

type Box struct {
	Items [2]int
	Tags  []string
}

func mutate(b Box)            { b.Items[0] = 99; b.Tags[0] = "changed" }
func mutatePtr(b *Box)        { b.Items[0] = 99 }
func grow(s []int)            { s = append(s, 4); s[0] = -1 }
func growPtr(s *[]int)        { *s = append(*s, 4) }
func setMap(m map[string]int) { m["new"] = 1 }

func main() {
	b := Box{[2]int{1, 2}, []string{"a"}}
	mutate(b)
	fmt.Println(b)
	mutatePtr(&b)
	fmt.Println(b)
	var i interface{} = b
	b.Items[1] = 50
	fmt.Println(i.(Box).Items, b.Items)
	bs := []byte("abc")
	s := string(bs)
	bs[0] = 'X'
	fmt.Println(s, string(bs))
	s2 := []byte(s)
	s2[1] = 'Y'
	fmt.Println(s, string(s2))
	m := map[string]Box{"k": {}}
	v := m["k"]
	v.Items[0] = 7
	fmt.Println(m["k"].Items, v.Items)
	sl := []int{1, 2, 3}
	grow(sl)
	fmt.Println(sl)
	sl2 := make([]int, 3, 10)
	grow(sl2)
	fmt.Println(sl2, sl2[:4])
	growPtr(&sl)
	fmt.Println(sl)
	mm := map[string]int{}
	setMap(mm)
	fmt.Println(mm)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	parr := &arr
	parr[0] = 100
	fmt.Println(arr, arr2)
	ch := make(chan Box, 1)
	ch <- b
	b.Items[0] = -5
	fmt.Println((<-ch).Items[0])
	structs := []Box{{}, {}}
	for _, x := range structs {
		x.Items[0] = 1
	}
	fmt.Println(structs[0].Items)
	ptrs := []*Box{{}, {}}
	for _, x := range ptrs {
		x.Items[0] = 1
	}
	fmt.Println(ptrs[0].Items)
}
