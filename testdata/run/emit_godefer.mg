package main

import (
	"fmt"
	"sync"
)

type Logger interface{ Log(string) }

type console struct{ prefix string }

func (c console) Log(s string) { fmt.Println(c.prefix + s) }

type acc struct {
	mu  sync.Mutex
	sum int
}

func (a *acc) add(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	defer a.mu.Unlock()
	a.sum += n
}

func builtinDefers() (m map[string]int) {
	m = map[string]int{"a": 1, "b": 2}
	ch := make(chan int, 1)
	defer func() {
		_, ok := <-ch
		fmt.Println("channel closed:", !ok)
	}()
	defer close(ch)
	defer delete(m, "a")
	defer println("println runs deferred too")
	return m
}

func deferRecoverDirect() (s string) {
	defer func() {
		s = fmt.Sprint("outer recovered ", recover())
	}()
	defer recover()
	panic("p")
}

func deferInterface() {
	var l Logger = console{"> "}
	defer l.Log("deferred via interface")
	l = console{"changed "}
	l.Log("now")
}

func deferMethodValue() {
	c := console{"mv: "}
	f := c.Log
	defer f("bound")
	c.prefix = "new: "
}

func main() {
	var wg sync.WaitGroup
	a := &acc{}
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go a.add(i, &wg)
	}
	wg.Wait()
	fmt.Println("sum", a.sum)

	fmt.Println(builtinDefers())
	fmt.Println(deferRecoverDirect())
	deferInterface()
	deferMethodValue()

	res := make(chan string)
	go func(msg string) { res <- msg }("closure arg")
	fmt.Println(<-res)
	done := make(chan bool)
	go func() {
		defer close(done)
		fmt.Println("in goroutine")
	}()
	<-done
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println("goroutine recovered:", recover())
		}()
		var arr []int
		_ = arr[3]
	}()
	wg.Wait()
}
