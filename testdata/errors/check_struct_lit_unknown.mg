package main

type P struct{ X, Y int }

func main() {
	_ = P{X: 1, Z: 2}
}

// Go 1.19 quotes the field ('Z'); modern gc (1.20+) does not.
