// Package debug: runtime/debug's SetMaxStack (see docs/RUNTIME.md).
package debug

// SetMaxStack sets the maximum amount of memory a single goroutine stack
// may use and returns the previous setting. A goroutine that exceeds it
// crashes the program with "fatal error: stack overflow". minigo's limit
// cannot exceed the stack slot size fixed at start (MINIGO_MAXSTACK).
func SetMaxStack(bytes int) int
