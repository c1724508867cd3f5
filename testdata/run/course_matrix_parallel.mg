// Matrix multiplication with one goroutine per row block; checked against the sequential result.
package main

import (
	"fmt"
	"sync"
)

func mulRows(a, b, c [][]int64, lo, hi int) {
	n := len(b)
	for i := lo; i < hi; i++ {
		for j := range b[0] {
			var s int64
			for k := 0; k < n; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
}

func newMat(n int, f func(i, j int) int64) [][]int64 {
	m := make([][]int64, n)
	for i := range m {
		m[i] = make([]int64, n)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func main() {
	const n = 120
	a := newMat(n, func(i, j int) int64 { return int64(i + j) })
	b := newMat(n, func(i, j int) int64 { return int64(i - j) })
	seq := newMat(n, func(i, j int) int64 { return 0 })
	par := newMat(n, func(i, j int) int64 { return 0 })
	mulRows(a, b, seq, 0, n)
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += 10 {
		wg.Add(1)
		go func(lo int) {
			defer wg.Done()
			mulRows(a, b, par, lo, lo+10)
		}(lo)
	}
	wg.Wait()
	equal := true
	var trace int64
	for i := 0; i < n; i++ {
		trace += par[i][i]
		for j := 0; j < n; j++ {
			equal = equal && seq[i][j] == par[i][j]
		}
	}
	fmt.Println(equal, trace, par[5][7], par[n-1][0])
}
