// Parallel merge sort: halves sorted in goroutines down to a cutoff, results compared with sort.Ints.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"sync"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func psort(s []int, depth int) []int {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	var left, right []int
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); left = psort(s[:mid], depth-1) }()
		go func() { defer wg.Done(); right = psort(s[mid:], depth-1) }()
		wg.Wait()
	} else {
		left, right = psort(s[:mid], 0), psort(s[mid:], 0)
	}
	return merge(left, right)
}

func main() {
	r := rand.New(rand.NewSource(3))
	data := make([]int, 200000)
	for i := range data {
		data[i] = r.Intn(1000000)
	}
	want := append([]int(nil), data...)
	sort.Ints(want)
	got := psort(data, 6)
	same := len(got) == len(want)
	for i := range got {
		same = same && got[i] == want[i]
	}
	fmt.Println("sorted correctly:", same, got[0] == want[0], len(got))
}
