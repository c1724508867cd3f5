// Matrices as arrays of arrays and slices of slices: multiply, transpose, identity.
package main

import "fmt"

type Mat [3][3]int

func mul(a, b Mat) (c Mat) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return
}

func transpose(m [][]float64) [][]float64 {
	t := make([][]float64, len(m[0]))
	for i := range t {
		t[i] = make([]float64, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func main() {
	a := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := Mat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(mul(a, id) == a, mul(a, a))
	p := a
	for i := 0; i < 4; i++ {
		p = mul(p, a)
	}
	fmt.Println(p)
	m := [][]float64{{1.5, 2}, {3, 4}, {5, 6.25}}
	fmt.Println(transpose(m))
	var pascal [][]int
	for i := 0; i < 7; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = pascal[i-1][j-1] + pascal[i-1][j]
		}
		pascal = append(pascal, row)
	}
	for _, r := range pascal {
		fmt.Println(r)
	}
}
