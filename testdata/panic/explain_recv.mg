// The deadlock explanation names the line and the missing sender.
package main

import "fmt"

func main() {
	ch := make(chan int)
	v := <-ch
	fmt.Println(v)
}
