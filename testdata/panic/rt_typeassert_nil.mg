// A type assertion on a nil interface.
package main

import "fmt"

func main() {
	var x interface{}
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	fmt.Println(x.(string))
}
