// sync.OnceFunc (Go 1.21): f runs once however many goroutines call; a panic
// in f is the panic of every call.
// expected output hand-derived: Go 1.21 API (WithCancelCause, AfterFunc...), not in the local Go 1.19
package main

import (
	"errors"
	"fmt"
	"sync"
)

func call(name string, g func()) {
	defer func() {
		fmt.Printf("%s: recovered %v\n", name, recover())
	}()
	g()
	fmt.Printf("%s: returned\n", name)
}

func main() {
	n := 0
	inc := sync.OnceFunc(func() { n++ })
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			inc()
		}()
	}
	wg.Wait()
	inc()
	fmt.Println("runs:", n)

	// f panics: every call panics with the same value, f ran once.
	runs := 0
	errBoom := errors.New("boom")
	bad := sync.OnceFunc(func() {
		runs++
		panic(errBoom)
	})
	call("first", bad)
	call("second", bad)
	call("third", bad)
	fmt.Println("panicking f ran:", runs)

	// The recovered value is the very value f panicked with.
	func() {
		defer func() { fmt.Println("same value:", recover() == errBoom) }()
		bad()
	}()

	// Concurrent callers all panic once f has panicked.
	var mu sync.Mutex
	panics := 0
	p := sync.OnceFunc(func() { panic("once") })
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if recover() != nil {
					mu.Lock()
					panics++
					mu.Unlock()
				}
			}()
			p()
		}()
	}
	wg.Wait()
	fmt.Println("concurrent panics:", panics)

	// OnceFunc values are independent.
	a, b := 0, 0
	fa := sync.OnceFunc(func() { a++ })
	fb := sync.OnceFunc(func() { b++ })
	fa()
	fa()
	fb()
	fmt.Println("independent:", a, b)
}
