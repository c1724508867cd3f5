// Labeled break and continue, goto, nested loops.
package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	ri, ci := -1, -1
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				ri, ci = i, j
				break outer
			}
		}
	}
	return ri, ci
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 10))
next:
	for i := 2; i < 30; i++ {
		for j := 2; j*j <= i; j++ {
			if i%j == 0 {
				continue next
			}
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	i := 0
loop:
	if i < 5 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 0
L:
	for {
		switch {
		case n > 3:
			break L
		case n%2 == 0:
			n++
			continue L
		}
		fmt.Println("odd", n)
		n++
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
S:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break S
			}
			fmt.Println("got", v)
		}
	}
	k := 0
	for k < 10 {
		k += 3
	}
	fmt.Println(k)
	for {
		k--
		if k < 5 {
			break
		}
	}
	fmt.Println(k)
}
