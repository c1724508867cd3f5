// Scopes and shadowing: blocks, if/for/switch init statements, package names.
package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	if y := 1; y > 3 {
		fmt.Println("if", y)
	} else if z := y * 2; z == 2 {
		fmt.Println("else if", y, z)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Println("inner print")
		_ = err
	}
	fmt.Println(err)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	type int string
	var v int = "shadowed int"
	fmt.Println(v)
}
