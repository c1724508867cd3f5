// Slices: sharing, copy, 2- and 3-index slicing, nil vs empty.
package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s, len(s))
	t := arr[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(arr)
	t = append(t, 200)
	t[0] = -2
	fmt.Println(arr, t)
	dst := make([]int, 3)
	n := copy(dst, arr[:])
	fmt.Println(n, dst)
	n = copy(arr[1:], arr[:])
	fmt.Println(n, arr)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(nilS), len(empty))
	fmt.Println(nilS, empty)
	fmt.Printf("%v %v %d\n", nilS, empty, len(nilS[0:0]))
	for range nilS {
		fmt.Println("never")
	}
	nilS = append(nilS, 1)
	fmt.Println(nilS)
	m := make([]int, 2, 5)
	fmt.Println(m, len(m), cap(m), m[:5])
	grid := make([][]string, 2)
	for i := range grid {
		grid[i] = make([]string, 3)
		for j := range grid[i] {
			grid[i][j] = fmt.Sprint(i, j)
		}
	}
	fmt.Println(grid)
	x := []int{1, 2, 3, 4, 5}
	x = x[1:]
	x = x[:len(x)-1]
	fmt.Println(x, cap(x))
	fmt.Println(x[:0], x[len(x):])
}
