// log without timestamps (SetFlags(0)): Print, Printf, Println, prefixes,
// Lmsgprefix, New loggers on a strings.Builder and on stdout, SetOutput,
// Output, Panicf/Panicln recovered, then Fatalln exits with status 1.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	fmt.Println(log.Flags(), log.Prefix() == "", log.Ldate, log.Ltime, log.Lmicroseconds, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	log.SetFlags(0)
	log.Println("hello", 42)
	log.Printf("%d items", 3)
	log.Print("no newline", 1, 2)
	log.Print("has newline\n")
	log.Println()
	log.SetPrefix("app: ")
	log.Println("prefixed")
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")
	fmt.Println(log.Flags(), log.Prefix())
	var sb strings.Builder
	l := log.New(&sb, "[sb] ", 0)
	l.Println("to builder")
	l.Printf("x=%v", []int{1, 2})
	l.SetPrefix("[new] ")
	l.Print("again")
	fmt.Print(sb.String())
	fmt.Println(l.Flags(), l.Prefix(), l.Writer() == &sb)
	out := log.New(os.Stdout, "", log.Lmsgprefix)
	out.SetPrefix("> ")
	out.Println("to stdout")
	log.SetOutput(os.Stdout)
	log.SetPrefix("")
	log.SetFlags(0)
	log.Println("std to stdout")
	log.Default().Println("default")
	fmt.Println(log.Output(1, "output"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %d", 7)
	}()
	func() {
		defer func() { fmt.Printf("recovered: %q\n", recover()) }()
		l.Panicln("bad", "ln")
	}()
	fmt.Print(sb.String())
	log.SetOutput(os.Stderr)
	log.SetPrefix("fatal: ")
	defer fmt.Println("deferred calls do not run")
	log.Fatalln("the", "end")
}
