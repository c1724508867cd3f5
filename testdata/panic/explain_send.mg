// An unbuffered send with no receiver: the explanation says nobody receives.
package main

import "fmt"

func main() {
	ch := make(chan string)
	ch <- "hello"
	fmt.Println(<-ch)
}
