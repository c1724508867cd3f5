package main

func main() {
	for i, j := range 10 {
		_, _ = i, j
	}
}

// range over an integer is Go 1.22: Go 1.19 rejects it ("cannot range over 10"); the Go 1.22 text is in the .err.
