package main

func main() {
	a := "n="
	b := 5
	_ = a + b
}
