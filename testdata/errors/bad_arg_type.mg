// Passing a string where an int is expected.
package main

func double(n int) int { return 2 * n }

func main() {
	println(double("21"))
}
