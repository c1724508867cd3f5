// range over a channel stops when it is closed and drained.
package main

import "fmt"

func main() {
	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}
	v, ok := <-queue
	fmt.Printf("%q %v\n", v, ok)

	nums := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			nums <- i * i
		}
		close(nums)
	}()
	sum := 0
	for n := range nums {
		sum += n
	}
	fmt.Println("sum of squares:", sum)
}
