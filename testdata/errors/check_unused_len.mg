package main

func main() {
	s := "abc"
	len(s)
}
