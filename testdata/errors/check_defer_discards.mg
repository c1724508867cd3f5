package main

func main() {
	s := []int{1}
	defer len(s)
}
