package main

func greet(name string) {}

func main() {
	greet(42)
}
