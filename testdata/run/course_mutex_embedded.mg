// A struct embedding sync.Mutex gets Lock/Unlock as promoted methods; always use it by pointer.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Registry struct {
	sync.Mutex
	names map[string]int
}

func (r *Registry) Register(name string) int {
	r.Lock()
	defer r.Unlock()
	if id, ok := r.names[name]; ok {
		return id
	}
	id := len(r.names) + 1
	r.names[name] = id
	return id
}

func main() {
	r := &Registry{names: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 60; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r.Register(fmt.Sprintf("svc%d", i%6))
		}(i)
	}
	wg.Wait()
	ids := []int{}
	for _, id := range r.names {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	fmt.Println(len(r.names), ids)
	fmt.Println(r.Register("svc3") == r.names["svc3"])
}
