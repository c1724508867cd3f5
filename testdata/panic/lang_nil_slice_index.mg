// Indexing a nil slice.
package main

import "fmt"

func main() {
	var s []string
	fmt.Println(len(s))
	fmt.Println(s[0])
}
