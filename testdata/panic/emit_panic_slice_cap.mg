package main

func main() {
	s := make([]int, 2, 3)
	n := 5
	_ = s[:n]
}
