// Asserting on a nil interface value.
package main

import "fmt"

func main() {
	var v interface{}
	s := v.(string)
	fmt.Println(s)
}
