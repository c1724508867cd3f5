// Returning a value from a function without results.
package main

func log(msg string) {
	println(msg)
	return 1
}

func main() {
	log("x")
}
