package main

import (
	"errors"
	"fmt"
)

func main() {
	var s string
	fmt.Println(errors.As(errors.New("x"), s))
}
