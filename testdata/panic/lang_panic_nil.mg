// panic(nil) becomes a *runtime.PanicNilError (Go 1.21).
// expected output hand-derived: Go 1.19 lacks runtime.PanicNilError (it printed "panic: nil").
package main

func main() {
	panic(nil)
}
