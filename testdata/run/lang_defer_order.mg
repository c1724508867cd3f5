// defer: LIFO order, arguments evaluated at the defer statement, loops of defers.
package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

func loop() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func argsNow() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
}

type T struct{ n int }

func (t T) show()   { fmt.Println("value recv", t.n) }
func (t *T) showP() { fmt.Println("ptr recv", t.n) }

func receivers() {
	t := T{1}
	defer t.show()
	defer t.showP()
	t.n = 2
}

func main() {
	b()
	loop()
	fmt.Println()
	argsNow()
	receivers()
	defer fmt.Println("main deferred 1")
	defer fmt.Println("main deferred 2")
	fmt.Println("main end")
}
