// panic with a value of a named integer type: Go prints the type and the value.
package main

type Code int

func main() {
	panic(Code(7))
}
