// A send on a full buffered channel with no receiver: deadlock.
package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	fmt.Println("buffer full:", len(ch), cap(ch))
	ch <- "c"
}
