// Importing a package that does not exist.
// go says "package nosuchpkg is not in std (GOROOT/src/nosuchpkg)"; minigo has no GOROOT,
// so the expected text drops the path.
package main

import (
	"fmt"
	"nosuchpkg"
)

func main() {
	fmt.Println(nosuchpkg.Hello())
}

// gc prints "package nosuchpkg is not in std (GOROOT/src/nosuchpkg)"; minigo
// keeps that text and lists the packages its standard library has instead.
