package main

func main() {
	a, b := 1, 2
	c := 3
	_ = b
}

// Go 1.19: "a declared but not used"; modern gc (1.20+): "declared and not used: a".
