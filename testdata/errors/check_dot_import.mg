package main

import . "fmt"

func main() { Println("hi") }

// valid Go, but minigo does not support dot imports.
