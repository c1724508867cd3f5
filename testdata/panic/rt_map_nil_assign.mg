// Assigning to an entry of a nil map panics.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(len(m), m["missing"])
	m["a"] = 1
}
