package main

import (
	"fmt"
	"strings"
)

func main() {
	n := -1
	fmt.Println(strings.Repeat("ab", n))
}
