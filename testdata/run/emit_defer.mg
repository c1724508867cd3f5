package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func argsNow() {
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	fmt.Println("x now:", x)
}

func double() (n int) {
	defer func() { n *= 2 }()
	n = 21
	return n
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return q, nil
}

func helper() interface{} { return recover() }

func nestedRecover() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		// recover called from a helper is not called directly by the
		// deferred function: it returns nil and the panic goes on.
		fmt.Println("helper got:", helper())
	}()
	panic("boom")
}

func repanic() (msg string) {
	defer func() {
		msg = fmt.Sprint("second: ", recover())
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("again after ", r))
	}()
	panic("first")
}

type T struct{ name string }

func (t *T) close() { fmt.Println("closing", t.name) }

func methods() {
	a := &T{"a"}
	defer a.close()
	b := &T{"b"}
	defer b.close()
	a = &T{"changed"}
	_ = a
}

func loopRecover() {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 0 {
				panic(errors.New("even"))
			}
			fmt.Println("iteration", i, "fine")
		}()
	}
}

func deepPanic(n int) {
	if n == 0 {
		var m map[string]int
		m["x"] = 1
	}
	defer fmt.Println("unwinding", n)
	deepPanic(n - 1)
}

func catchDeep() {
	defer func() {
		fmt.Println("caught:", recover())
	}()
	deepPanic(3)
}

func noPanic() {
	defer func() {
		fmt.Println("recover without panic:", recover())
	}()
}

func indexPanic() {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println("is error:", ok, err)
	}()
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[i])
}

func main() {
	order()
	argsNow()
	fmt.Println(double())
	fmt.Println(unnamed())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(nestedRecover())
	fmt.Println(repanic())
	methods()
	loopRecover()
	catchDeep()
	noPanic()
	indexPanic()
}
