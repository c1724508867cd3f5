// minigo:norace under -race each goroutine also carries a ThreadSanitizer fiber (about 1 MB), far above the range printed
// runtime.ReadMemStats, as "Concurrency in Go" measures a goroutine: Sys
// before and after starting parked goroutines. The figure itself differs
// (Go: about 2.6 kB, minigo: about 4.3 kB, a stack page each), so only its
// range is printed, with the facts that hold in both.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var kept [][]byte // so that the allocations reach the heap

func main() {
	memConsumed := func() uint64 {
		runtime.GC()
		var s runtime.MemStats
		runtime.ReadMemStats(&s)
		return s.Sys
	}
	var c <-chan interface{}
	var wg sync.WaitGroup
	noop := func() { wg.Done(); <-c }
	const numGoroutines = 4000
	wg.Add(numGoroutines)
	before := memConsumed()
	for i := numGoroutines; i > 0; i-- {
		go noop()
	}
	wg.Wait()
	after := memConsumed()
	kb := float64(after-before) / numGoroutines / 1000
	fmt.Println("between 1 and 16 kB per goroutine:", kb >= 1 && kb <= 16)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("collections:", m.NumGC >= 2, m.NumForcedGC)
	fmt.Println("heap:", m.HeapAlloc > 0, m.Alloc == m.HeapAlloc, m.TotalAlloc >= m.HeapAlloc)
	fmt.Println("spans:", m.HeapInuse+m.HeapIdle == m.HeapSys, m.Sys >= m.HeapInuse)
	fmt.Println("pauses:", m.PauseTotalNs > 0, m.LastGC > 1600000000e9)
	garbage := 0
	for i := 0; i < 1000; i++ {
		kept = append(kept, make([]byte, 1000))
		garbage += 1000
	}
	var m2 runtime.MemStats
	runtime.ReadMemStats(&m2)
	fmt.Println("TotalAlloc grows:", m2.TotalAlloc-m.TotalAlloc >= uint64(garbage))
}
