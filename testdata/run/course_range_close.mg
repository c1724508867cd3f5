// A producer closes the channel; the consumer's range loop ends; receives on a closed channel.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i * i
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok := <-ch
	fmt.Println("after close:", v, ok)
	v = <-ch
	fmt.Println("again:", v)
	done := make(chan struct{})
	close(done)
	<-done
	<-done
	fmt.Println("a closed channel never blocks receivers")
}
