package main

func sum(base int, xs ...int) int { return base }

func main() {
	_ = sum()
}
