package main

func main() {
	a, b := "x", "y"
	_ = a - b
}
