package main

func main() {
	a := [4]int{}
	i := -1
	a[i%len(a)] = 1
}
