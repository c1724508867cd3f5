// A failed type assertion to a concrete type.
package main

import "fmt"

func main() {
	var x interface{} = "hello"
	n, ok := x.(int)
	fmt.Println(n, ok)
	fmt.Println(x.(int))
}
