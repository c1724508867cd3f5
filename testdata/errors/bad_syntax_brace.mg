// An opening brace on its own line: a semicolon is inserted after the if header.
// Modern gc (1.20+) says "expected {"; Go 1.19 said "expecting {".
package main

import "fmt"

func main() {
	x := 3
	if x > 2
	{
		fmt.Println(x)
	}
}
