// Using := outside a function body.
package main

x := 1

func main() {
	println(x)
}
