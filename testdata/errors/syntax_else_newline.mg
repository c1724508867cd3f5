// Modern gc says "unexpected keyword else" / "unexpected name x" and "expected";
// Go 1.19 printed "unexpected else", "unexpected x" and "expecting".
package main

import "fmt"

func main() {
	x := 3
	if x > 2 {
		fmt.Println("big")
	}
	else {
		fmt.Println("small")
	}
}
