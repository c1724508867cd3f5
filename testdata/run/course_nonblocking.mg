// Non-blocking channel operations: select with default.
package main

import "fmt"

func main() {
	messages := make(chan string)
	signals := make(chan bool)
	select {
	case msg := <-messages:
		fmt.Println("received", msg)
	default:
		fmt.Println("no message received")
	}
	select {
	case messages <- "hi":
		fmt.Println("sent message")
	default:
		fmt.Println("no message sent")
	}
	buf := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case buf <- i:
			fmt.Println("buffered", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	select {
	case msg := <-messages:
		fmt.Println("received", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}
	fmt.Println(len(buf), cap(buf))
	for {
		select {
		case v := <-buf:
			fmt.Println("drained", v)
			continue
		default:
		}
		break
	}
}
