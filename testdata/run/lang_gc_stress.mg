// Allocation-heavy code: many short-lived trees, maps and strings; the GC must keep live data intact.
package main

import (
	"fmt"
	"strings"
)

type Node struct{ L, R *Node }

func build(d int) *Node {
	if d == 0 {
		return &Node{}
	}
	return &Node{build(d - 1), build(d - 1)}
}

func (n *Node) count() int {
	if n.L == nil {
		return 1
	}
	return 1 + n.L.count() + n.R.count()
}

func main() {
	longLived := build(14)
	total := 0
	for i := 0; i < 200; i++ {
		t := build(10)
		total += t.count()
	}
	fmt.Println(total, longLived.count())
	keep := map[int]string{}
	for i := 0; i < 100000; i++ {
		s := strings.Repeat("x", i%50)
		if i%1000 == 0 {
			keep[i] = s + fmt.Sprint(i)
		}
	}
	fmt.Println(len(keep), keep[99000], keep[1000], len(keep[7000]))
	var slices [][]int
	for i := 0; i < 1000; i++ {
		s := make([]int, 1000)
		s[999] = i
		if i%100 == 0 {
			slices = append(slices, s)
		}
	}
	sum := 0
	for _, s := range slices {
		sum += s[999]
	}
	fmt.Println(len(slices), sum)
}
