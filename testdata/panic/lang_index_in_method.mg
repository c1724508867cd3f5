// A panic deep in a call chain of methods.
package main

import "fmt"

type Matrix struct {
	rows, cols int
	data       []float64
}

func (m *Matrix) At(r, c int) float64 { return m.data[r*m.cols+c] }

func (m *Matrix) Trace() float64 {
	t := 0.0
	for i := 0; i <= m.rows; i++ {
		t += m.At(i, i)
	}
	return t
}

func main() {
	m := &Matrix{2, 2, []float64{1, 2, 3, 4}}
	fmt.Println(m.At(1, 1))
	fmt.Println(m.Trace())
}
