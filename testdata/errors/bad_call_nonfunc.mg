// Calling something that is not a function.
package main

import "fmt"

func main() {
	x := 5
	fmt.Println(x())
}
