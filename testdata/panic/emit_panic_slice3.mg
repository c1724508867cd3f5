package main

func main() {
	s := make([]int, 5)
	i, j, k := 1, 4, 3
	_ = s[i:j:k]
}
