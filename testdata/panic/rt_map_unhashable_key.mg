// A map key of interface type holding a slice cannot be hashed.
package main

import "fmt"

func main() {
	m := map[interface{}]int{1: 1, "s": 2}
	fmt.Println(len(m))
	var k interface{} = []int{1}
	m[k] = 3
}
