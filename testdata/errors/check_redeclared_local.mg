package main

func main() {
	a := 1
	var a int
	_ = a
}
