// Assigning a string to an int variable.
package main

import "fmt"

func main() {
	count := 0
	count = "many"
	fmt.Println(count)
}
