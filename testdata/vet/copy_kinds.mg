// Every kind of lock: RWMutex, Once, Cond, atomic types, arrays of
// mutexes, locks inside literals, in var declarations and in function
// literals' parameters.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits atomic.Int64
	once sync.Once
}

type Box struct {
	rw sync.RWMutex
}

func main() {
	var rw sync.RWMutex
	var once sync.Once
	var hits atomic.Int64
	cond := sync.NewCond(&sync.Mutex{})
	locks := [4]sync.Mutex{}
	rw2 := rw
	once2 := once
	hits2 := hits
	cond2 := *cond
	locks2 := locks
	var b = Box{rw: rw}
	var st Stats
	stats := []Stats{st}
	show := func(s Stats) { fmt.Println(s.hits.Load()) }
	show(st)
	fmt.Println(&rw2 != nil, &once2 != nil, hits2.Load(), &cond2 != nil, len(locks2), &b != nil, len(stats))
}
