// sync.Map: concurrent Store/Load/LoadOrStore/Delete; Range visits every entry.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*i)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load(7)
	fmt.Println(v, ok)
	_, ok = m.Load(99)
	fmt.Println(ok)
	actual, loaded := m.LoadOrStore(7, -1)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore(100, -1)
	fmt.Println(actual, loaded)
	m.Delete(0)
	var keys []int
	sum := 0
	m.Range(func(k, v interface{}) bool {
		keys = append(keys, k.(int))
		sum += v.(int)
		return true
	})
	sort.Ints(keys)
	fmt.Println(len(keys), keys[0], keys[len(keys)-1], sum)
}
