// Buffered channels: sends do not block until the buffer is full; len and cap.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch))
	close(ch)
	fmt.Println(len(ch))
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	unbuf := make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
	fifo := make(chan int, 100)
	for i := 0; i < 100; i++ {
		fifo <- i
	}
	ok := true
	for i := 0; i < 100; i++ {
		ok = ok && <-fifo == i
	}
	fmt.Println("FIFO order:", ok)
	type msg struct {
		id   int
		body string
	}
	mc := make(chan msg, 1)
	m := msg{1, "x"}
	mc <- m
	m.body = "changed"
	fmt.Println(<-mc)
}
