// A missing closing parenthesis is a syntax error at the end of the line.
package main

import "fmt"

func main() {
	fmt.Println("hello"
}
