// A select loop serving several channels until a quit signal arrives.
package main

import "fmt"

func main() {
	nums := make(chan int)
	words := make(chan string)
	quit := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		n, w := 0, 0
		for {
			select {
			case v := <-nums:
				n += v
			case s := <-words:
				w += len(s)
			case <-quit:
				fmt.Println("sum of nums:", n, "letters:", w)
				return
			}
		}
	}()
	for i := 1; i <= 10; i++ {
		nums <- i
		if i%3 == 0 {
			words <- "abc"
		}
	}
	close(quit)
	<-done
}
