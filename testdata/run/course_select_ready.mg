// select with several ready cases picks one at random; over many rounds every case is chosen.
package main

import "fmt"

func main() {
	a := make(chan int, 1000)
	b := make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
	}
	counts := map[int]int{}
	for i := 0; i < 1000; i++ {
		select {
		case v := <-a:
			counts[v]++
		case v := <-b:
			counts[v]++
		}
	}
	fmt.Println("both chosen:", counts[1] > 100 && counts[2] > 100, "total:", counts[1]+counts[2])
	fmt.Println("left:", len(a)+len(b))
}
