// select: one consumer selects over 4 producers, 2,000,000 messages.
package main

import "fmt"

func produce(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- 1
	}
}

func main() {
	const total = 2000000
	a, b, c, d := make(chan int), make(chan int), make(chan int), make(chan int)
	go produce(a, total/4)
	go produce(b, total/4)
	go produce(c, total/4)
	go produce(d, total/4)
	sum := 0
	for i := 0; i < total; i++ {
		select {
		case v := <-a:
			sum += v
		case v := <-b:
			sum += v
		case v := <-c:
			sum += v
		case v := <-d:
			sum += v
		}
	}
	fmt.Println(sum)
}
