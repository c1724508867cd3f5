// An unused import is a compile error.
// Modern gc says: "os" imported and not used; Go 1.19 said: imported and not used: "os".
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hi")
}
