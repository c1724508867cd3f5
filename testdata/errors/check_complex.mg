package main

func main() {
	c := complex(1, 2)
	_ = c
}

// valid Go, but minigo has no complex numbers: a clear error instead of wrong output.
