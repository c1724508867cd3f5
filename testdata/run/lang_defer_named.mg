// Deferred closures can read and modify named results after return sets them.
package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func tripleLate() (r int) {
	defer func() { r += 100 }()
	r = 1
	return r * 3
}

func unnamed() int {
	x := 5
	defer func() { x = 1000 }()
	return x
}

func wrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrap: %w", err)
		}
	}()
	return errors.New("inner")
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func main() {
	fmt.Println(double(), tripleLate(), unnamed())
	err := wrap()
	fmt.Println(err, errors.Unwrap(err))
	fmt.Println(counter())
}
