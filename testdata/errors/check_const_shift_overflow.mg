package main

func main() {
	_ = 1 << 1000
}
