// Indexing a string past its length.
package main

import "fmt"

func main() {
	s := "héllo"
	n := len(s)
	fmt.Println(s[n])
}
