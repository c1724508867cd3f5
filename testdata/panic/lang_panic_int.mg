// panic with an int.
package main

func main() {
	panic(42)
}
