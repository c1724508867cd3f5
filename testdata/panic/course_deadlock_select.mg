// An empty select blocks forever; with nothing else runnable it is a deadlock.
package main

import "fmt"

func main() {
	fmt.Println("waiting forever")
	select {}
}
