package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"a": 1}
	sort.Slice(m, func(i, j int) bool { return false })
	fmt.Println(m)
}
