// Recovering and re-panicking with the same value.
// expected output hand-derived: Go 1.19 lacks Go 1.25's "[recovered, repanicked]"
// (Go 1.19 prints "panic: boom [recovered]" followed by "\tpanic: boom").
package main

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic("boom")
}
