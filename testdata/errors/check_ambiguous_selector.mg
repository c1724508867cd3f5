package main

type A struct{ N int }
type B struct{ N int }
type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.N
}
