package main

import "sync/atomic"

func main() {
	var v atomic.Value
	v.Store(1)
	v.Store("one")
}
