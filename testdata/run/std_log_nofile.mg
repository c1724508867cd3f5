// minigo:not-go
// minigo has no runtime.Caller, so Go's Llongfile (8) and Lshortfile (16)
// bits, set by number, print Go's own fallback for an unknown caller,
// "???:0: ", where Go would print the file and line. Expected output
// written by hand: the position goes after the time and before a
// Lmsgprefix prefix, as in Go.
package main

import (
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "p: ", 16)
	l.Println("short")
	l.SetFlags(8)
	l.Print("long")
	l.SetFlags(8 | 16 | log.Lmsgprefix)
	l.Printf("both %d", 2)
	log.SetOutput(os.Stdout)
	log.SetFlags(16)
	log.Println("std")
}
