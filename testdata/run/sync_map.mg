// sync.Map and sync.Pool basics.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*i)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	_, ok = m.Load(42)
	fmt.Println(ok)
	act, loaded := m.LoadOrStore(3, 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore(11, 121)
	fmt.Println(act, loaded)
	m.Delete(0)
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)
	v, loaded = m.LoadAndDelete(11)
	fmt.Println(v, loaded)

	p := sync.Pool{New: func() any { return new([]byte) }}
	b := p.Get().(*[]byte)
	*b = append(*b, "hi"...)
	p.Put(b)
	fmt.Println("pool ok")
}
