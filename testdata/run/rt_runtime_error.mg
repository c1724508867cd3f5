// A recovered run time error satisfies runtime.Error; a plain panic value
// or an ordinary error does not.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		if ok {
			fmt.Println("runtime.Error:", re.Error())
		} else {
			fmt.Println("not a runtime.Error:", r)
		}
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *struct{ x int }
	zero := 0
	try(func() { _ = s[3] })
	try(func() { m["a"] = 1 })
	try(func() { fmt.Println(p.x) })
	try(func() { fmt.Println(1 / zero) })
	try(func() { var i interface{} = "s"; fmt.Println(i.(int)) })
	try(func() { panic("plain") })
	try(func() { panic(errors.New("an error")) })
}
