// sync/atomic: lock-free counters, CompareAndSwap, Load/Store, atomic.Int64 type.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var typed atomic.Int64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				atomic.AddInt64(&ops, 1)
				typed.Add(2)
			}
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops), "typed:", typed.Load(), "flag:", flag.Load())
	var v int32 = 10
	fmt.Println(atomic.CompareAndSwapInt32(&v, 10, 20), v)
	fmt.Println(atomic.CompareAndSwapInt32(&v, 10, 30), v)
	fmt.Println(atomic.SwapInt32(&v, 5), v)
	atomic.StoreInt32(&v, 7)
	fmt.Println(atomic.LoadInt32(&v))
	var u atomic.Uint32
	u.Store(1)
	u.Add(^uint32(0))
	fmt.Println(u.Load())
	var val atomic.Value
	val.Store([]string{"a", "b"})
	fmt.Println(val.Load().([]string))
	var winner atomic.Int32
	winner.Store(-1)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			winner.CompareAndSwap(-1, int32(i))
		}(i)
	}
	wg.Wait()
	w := winner.Load()
	fmt.Println("one winner:", w >= 0 && w < 10)
}
