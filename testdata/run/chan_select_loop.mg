// select in a loop over several producers until all channels are closed
// (a closed channel is disabled by setting it to nil).
package main

import "fmt"

func producer(tag string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprint(tag, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a, b := producer("a", 3), producer("b", 4)
	na, nb := 0, 0
	for a != nil || b != nil {
		select {
		case _, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			na++
		case _, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			nb++
		}
	}
	fmt.Println("a:", na, "b:", nb)
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	sum := 0
	for len(ch) > 0 {
		sum += <-ch
	}
	fmt.Println("sum:", sum, "len:", len(ch), "cap:", cap(ch))
}
