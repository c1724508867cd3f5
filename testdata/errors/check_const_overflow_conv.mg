package main

import "fmt"

func main() {
	fmt.Println(byte(256))
}

// Go 1.19: "cannot convert 256 (untyped int constant) to type byte"; Go 1.22 (go.dev/issue/63563): "constant 256 overflows byte".
