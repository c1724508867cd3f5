package main

type T struct {
	a int
	t T
}

func main() {}

// Go 1.19 lists the cycle; modern gc (1.20+): "invalid recursive type: T refers to itself".
