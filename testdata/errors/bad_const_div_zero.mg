// Division by a constant zero is caught at compile time.
package main

import "fmt"

func main() {
	n := 10
	fmt.Println(n / 0)
}
