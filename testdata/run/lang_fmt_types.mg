// %T and %v for composite, function, channel and pointer types.
package main

import (
	"errors"
	"fmt"
)

type T struct {
	A int
	b string
}

type E int

func (E) Error() string { return "E" }

func main() {
	var ch chan int
	var rch <-chan string
	var sch chan<- bool
	var fn func(int, ...string) (bool, error)
	var p *T
	var pp **T
	var e error = E(1)
	vals := []interface{}{
		[]interface{}{1}, map[string][]int{}, ch, rch, sch, fn, p, pp, [3]int{}, struct{ X int }{1},
		T{}, &T{}, e, errors.New("x"), 'a', byte(1), uintptr(0), func() {}, [][2]string{}, map[T]bool{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%v %+v\n", T{1, "x"}, T{1, "x"})
	fmt.Printf("%v %v %v\n", ch, p, fn == nil)
	fmt.Printf("%x %X %o %b\n", int8(-128), uint16(0xbeef), -8, -5)
	fmt.Printf("%q %+q %x\n", "héllo\xff\t", "héllo", "\xff")
	fmt.Printf("%v\n", []error{e, nil})
	fmt.Printf("%5.2v|%-6v|%06d|%x\n", 3.14159, true, -42, 3.5)
}
