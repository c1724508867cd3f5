// hello: used to time `minigo build` against `go build`.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
