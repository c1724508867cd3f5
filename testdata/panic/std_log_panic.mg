// log.Panic prints the message, then panics with it (exit status 2).
package main

import "log"

func main() {
	log.SetFlags(0)
	log.SetPrefix("p: ")
	log.Print("before")
	log.Panic("boom ", 1, 2)
}
