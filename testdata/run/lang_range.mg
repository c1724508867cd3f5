// range over arrays, slices, strings, maps, channels; evaluation of the range expression once.
package main

import (
	"fmt"
	"sort"
)

func nums() []int {
	fmt.Println("nums called")
	return []int{10, 20, 30}
}

func main() {
	for i, v := range nums() {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i)
	}
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array copy v =", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice shared v =", v)
		}
	}
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	m2 := map[int]int{1: 1, 2: 4, 3: 9}
	sum := 0
	keys := []int{}
	for k, v := range m2 {
		sum += v
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(sum, keys)
	ch := make(chan string, 3)
	ch <- "x"
	ch <- "y"
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for range [3]struct{}{} {
		fmt.Print("*")
	}
	fmt.Println()
	var p *[4]int
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println()
	for i, c := range []byte("ab") {
		fmt.Print(i, c, " ")
	}
	fmt.Println()
	var i int
	for i = range "héllo" {
	}
	fmt.Println("last index", i)
}
