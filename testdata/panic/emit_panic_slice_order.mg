package main

func main() {
	s := []int{1, 2, 3}
	lo, hi := 3, 2
	_ = s[lo:hi]
}
