// recover: stops a panic in a deferred call; the function returns normally.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func safeIndex(s []int, i int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return s[i], true
}

func noPanic() {
	defer func() {
		fmt.Println("recover with no panic:", recover())
	}()
}

func nested() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("again after ", r))
		}()
		panic("first")
	}()
}

func deferRunsDuringPanic() {
	defer func() { fmt.Println("recovered", recover()) }()
	defer fmt.Println("deferred 2 runs")
	defer fmt.Println("deferred 1 runs")
	var m map[string]int
	m["x"] = 1
	fmt.Println("not reached")
}

func typed() {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println("runtime error?", err.Error())
		}
	}()
	var p *struct{ x int }
	fmt.Println(p.x)
}

func panicErr() {
	defer func() {
		r := recover()
		err := r.(error)
		fmt.Println(errors.Is(err, errSentinel), err)
	}()
	panic(fmt.Errorf("ctx: %w", errSentinel))
}

var errSentinel = errors.New("sentinel")

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(safeIndex([]int{1, 2}, 1))
	fmt.Println(safeIndex([]int{1, 2}, 5))
	noPanic()
	nested()
	deferRunsDuringPanic()
	typed()
	panicErr()
	fmt.Println("main continues")
}
