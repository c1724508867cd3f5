// panic(fmt.Sprintf(...)) prints the formatted string.
package main

import "fmt"

func main() {
	id := 42
	panic(fmt.Sprintf("user %d not found (%s)", id, "db"))
}
