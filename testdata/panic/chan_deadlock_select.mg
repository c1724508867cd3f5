package main

func main() {
	a, b := make(chan int), make(chan string)
	select {
	case <-a:
	case b <- "x":
	}
}
