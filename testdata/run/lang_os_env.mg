// minigo:env GREETING=hello
// minigo:env EMPTY=
// Environment variables: Getenv, LookupEnv.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Getenv("GREETING"))
	v, ok := os.LookupEnv("EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("MINIGO_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(len(os.Args) >= 1)
}
