package main

type I interface{ M() }

type T struct{}

func main() {
	var i I
	_ = i.(T)
}

// Go 1.19: "(missing M method)"; modern gc (1.20+): "(missing method M)".
