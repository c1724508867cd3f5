// minigo:not-go (go compiles this program)
// log.Lshortfile and log.Llongfile need runtime.Caller, which minigo does
// not have: naming them is a compile error instead of a made-up file name.
package main

import "log"

func main() {
	log.SetFlags(log.LstdFlags | log.Lshortfile)
	log.Println("where am I?")
}
