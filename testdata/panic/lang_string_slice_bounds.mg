// Slicing a string past its length.
package main

import "fmt"

func main() {
	s := "hello"
	end := 10
	fmt.Println(s[3:end])
}
