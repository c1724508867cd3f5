// Several mistakes at once: gc reports each of them, sorted by position.
// Modern gc says "declared and not used: x" and "\"strings\" imported and not used";
// Go 1.19 said "x declared but not used" and "imported and not used: \"strings\"".
package main

import (
	"fmt"
	"strings"
)

func main() {
	a := 1
	b, c := 2, 3
	fmt.Println(c)
	for i := 0; i < 3; i++ {
		v := i
	}
}
