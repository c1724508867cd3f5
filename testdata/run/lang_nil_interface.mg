// A nil pointer stored in an interface is not a nil interface.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	e3 := mayFail(true)
	fmt.Println(e3 == nil, e3)
	var p *MyErr
	var e error = p
	fmt.Printf("%v %T %v\n", e == nil, e, e.(*MyErr) == nil)
	var i interface{}
	fmt.Printf("%v %T\n", i, i)
	i = (*int)(nil)
	fmt.Println(i == nil, i)
	var target *MyErr
	fmt.Println(errors.As(e3, &target), target.msg)
}
