// Using a name that is not declared.
package main

import "fmt"

func main() {
	total := 0
	fmt.Println(totl)
	_ = total
}
