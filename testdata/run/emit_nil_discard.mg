package main

import "fmt"

type T struct{ a int }

func (t T) Hello() string { return "hello" }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
	fmt.Println(name, "not reached")
}

func main() {
	var p *T
	try("discard", func() { _ = *p })
	try("tuple discard", func() { _, _ = 1, p.a })
	try("value method", func() { fmt.Println(p.Hello()) })
	var arr *[3]int
	try("array pointer", func() { _ = arr[1] })
	try("len of nil array pointer", func() { fmt.Println(len(arr)) })
}
