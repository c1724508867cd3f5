// Shifting by a negative run-time amount panics.
package main

import "fmt"

func main() {
	x := 1
	n := -3
	fmt.Println(x << n)
}
