package main

func main() {
	if x := 1; true {
	}
}

// Go 1.19: "x declared but not used"; modern gc (1.20+): "declared and not used: x".
