package main

type P struct{ X, Y int }

func main() {
	_ = P{1}
}

// Go 1.19: "too few values in P{…}"; modern gc (1.20+): "too few values in struct literal of type P".
