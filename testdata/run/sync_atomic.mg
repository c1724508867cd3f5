// sync/atomic: functions and typed values under contention.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	retries int
}

func main() {
	var ops int64
	var hits atomic.Int64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 1000; c++ {
				atomic.AddInt64(&ops, 1)
				hits.Add(2)
			}
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops), "hits:", hits.Load(), "flag:", flag.Load())

	var u32 uint32 = 10
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 10, 20), atomic.CompareAndSwapUint32(&u32, 10, 30))
	fmt.Println(u32)
	fmt.Println(atomic.SwapUint32(&u32, 5), atomic.LoadUint32(&u32))
	atomic.StoreUint32(&u32, 7)
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)))
	var i32 atomic.Int32
	i32.Store(-3)
	fmt.Println(i32.Add(1), i32.Swap(9), i32.CompareAndSwap(9, 10), i32.Load())
	var u64 atomic.Uint64
	u64.Store(1 << 40)
	fmt.Println(u64.Load(), u64.Add(1))

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(config{"a", 1})
	c := v.Load().(config)
	fmt.Println(c.name, c.retries)
	old := v.Swap(config{"b", 2})
	fmt.Println(old.(config).name, v.Load().(config).name)
	fmt.Println(v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load().(config).name)
}
