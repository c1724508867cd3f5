// minigo:env GOMAXPROCS=3
// GOMAXPROCS from the environment; runtime.GOMAXPROCS(n) sets it and returns the old value.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(1))
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(2))
	fmt.Println(runtime.GOMAXPROCS(-5))
	fmt.Println(runtime.GOMAXPROCS(0))
}
