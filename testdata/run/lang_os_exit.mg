// os.Exit ends the program at once with the given status; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("before exit")
	if len(os.Args) > 5 {
		return
	}
	os.Exit(3)
}
