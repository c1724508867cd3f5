// Package runtime: the parts of Go's runtime package a program on
// goroutines uses. Functions without bodies are in C (runtime.c) on top of
// minigo's scheduler (runtime/proc.c).
package runtime

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target ("amd64", "arm64").
var GOARCH = goarch()

func goarch() string

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting; n < 1 only queries.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GC runs a garbage collection.
func GC()

// Goexit runs all deferred calls of the calling goroutine, then ends it.
func Goexit()

// KeepAlive marks its argument as reachable up to this point.
func KeepAlive(x interface{}) {}
