package main

const k = 1

func main() {
	k = 2
}

// Go 1.19: "cannot assign to k (untyped int constant 1)"; modern gc (1.20+): "(neither addressable nor a map index expression)".
