// defer inside loops and closures: evaluation of arguments, recover returning values through named results.
package main

import (
	"errors"
	"fmt"
)

func collect() (out []int) {
	for i := 0; i < 3; i++ {
		defer func(n int) { out = append(out, n) }(i)
	}
	return nil
}

func process(items []string) (processed int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("item %d: %v", processed, r)
		}
	}()
	for _, it := range items {
		if it == "" {
			panic(errors.New("empty item"))
		}
		processed++
	}
	return processed, nil
}

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

func useAll() {
	for _, n := range []string{"a", "b", "c"} {
		r := open(n)
		defer r.Close()
	}
	fmt.Println("using all")
}

func main() {
	fmt.Println(collect())
	fmt.Println(process([]string{"x", "y"}))
	fmt.Println(process([]string{"x", "", "z"}))
	useAll()
	for i := 0; i < 2; i++ {
		func() {
			defer fmt.Println("iteration cleanup", i)
			fmt.Println("iteration", i)
		}()
	}
}
