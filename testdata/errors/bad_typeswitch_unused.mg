// The variable of a type switch must be used in at least one clause.
// Modern gc says "declared and not used: v"; Go 1.19 said "v declared but not used".
package main

import "fmt"

func main() {
	var x interface{} = 1
	switch v := x.(type) {
	case int:
		fmt.Println("int")
	case string:
		fmt.Println("string")
	}
}
