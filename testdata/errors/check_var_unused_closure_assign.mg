package main

func main() {
	x := 0
	func() {
		x = 1
	}()
}

// Go 1.19: "x declared but not used"; modern gc (1.20+): "declared and not used: x".
