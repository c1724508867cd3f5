// nil cannot be assigned to a value of a non-pointer type.
package main

import "fmt"

func main() {
	var s string = nil
	fmt.Println(s)
}
