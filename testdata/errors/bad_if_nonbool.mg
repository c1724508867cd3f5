// if needs a boolean condition: Go has no truthiness.
package main

func main() {
	n := 1
	if n {
		println("yes")
	}
}
