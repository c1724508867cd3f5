// Modern gc says "unexpected keyword else" / "unexpected name x" and "expected";
// Go 1.19 printed "unexpected else", "unexpected x" and "expecting".
package main

import "fmt"

func main() {
	name := "gopher"
	fmt.Println("hello" name)
}
