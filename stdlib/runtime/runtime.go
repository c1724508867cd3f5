// Package runtime: the parts of Go's runtime package a program on
// goroutines uses. Functions without bodies are in C (runtime.c) on top of
// minigo's scheduler (runtime/proc.c).
package runtime

// Error identifies a run time error: what an index out of range, a nil
// dereference or a division by zero panics with.
type Error interface {
	error
	RuntimeError()
}

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

// MemStats records statistics about the memory allocator: the fields
// minigo measures. The heap is libgc's; Sys is what the kernel reports as
// resident (heap, goroutine stacks and the rest), where Go counts the
// bytes it mapped. A field of Go's that is not here is a compile error.
type MemStats struct {
	Alloc        uint64 // bytes of allocated heap objects
	TotalAlloc   uint64 // cumulative bytes allocated
	Sys          uint64 // resident bytes of the process
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	PauseTotalNs uint64 // stop-the-world time of all collections
	LastGC       uint64 // when the last collection ended, ns since 1970
	NumGC        uint32
	NumForcedGC  uint32 // collections runtime.GC asked for
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	heap, free, released, total, alloc, sys, pause, last, numGC, forced := memStats()
	m.HeapSys = heap
	m.HeapIdle = free
	m.HeapInuse = heap - free
	m.HeapAlloc = alloc
	m.Alloc = alloc
	m.HeapReleased = released
	m.TotalAlloc = total
	m.Sys = sys
	m.NumGC = numGC
	m.NumForcedGC = forced
	m.PauseTotalNs = pause
	m.LastGC = last
}

// One snapshot: libgc's figures, the resident set and the collections.
func memStats() (heap, free, released, total, alloc, sys, pauseNs, lastGC uint64, numGC, forced uint32)
