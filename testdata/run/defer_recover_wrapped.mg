// recover() in a method or function deferred through an interface method
// table entry, a method value, a method expression or a func value.
package main

import "fmt"

type I interface{ M() }
type T struct{ n int }

func (t T) M() {
	if r := recover(); r != nil {
		fmt.Println("recovered in M:", r, t.n)
	}
}

func (t *T) P() {
	fmt.Println("P recover:", recover())
}

func F() {
	fmt.Println("F recover:", recover())
}

func a() {
	var i I = T{1}
	defer i.M()
	panic("one")
}

func b() {
	t := T{2}
	defer t.M()
	panic("two")
}

func c() {
	t := &T{3}
	f := t.P
	defer f()
	panic("three")
}

func d() {
	f := F
	defer f()
	panic("four")
}

func e() {
	defer T.M(T{5})
	panic("five")
}

func helper() { T{6}.M() }

func g() {
	defer func() { fmt.Println("outer:", recover()) }()
	defer helper()
	panic("six")
}

func main() {
	a()
	b()
	c()
	d()
	e()
	g()
	fmt.Println("done")
}
