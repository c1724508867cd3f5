package main

func f() string {
	return 7
}

func main() { f() }
