// Each goroutine must recover its own panics; turn them into errors on a channel.
package main

import (
	"fmt"
	"sort"
)

type result struct {
	id  int
	val int
	err error
}

func safeGo(id int, f func() int, out chan<- result) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				out <- result{id, 0, fmt.Errorf("task %d panicked: %v", id, r)}
			}
		}()
		out <- result{id, f(), nil}
	}()
}

func main() {
	out := make(chan result)
	data := []int{10, 20, 30}
	safeGo(0, func() int { return data[0] * 2 }, out)
	safeGo(1, func() int { return data[5] }, out)
	safeGo(2, func() int { z := 0; return 10 / z }, out)
	safeGo(3, func() int { panic("custom failure") }, out)
	var rs []result
	for i := 0; i < 4; i++ {
		rs = append(rs, <-out)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].id < rs[j].id })
	for _, r := range rs {
		if r.err != nil {
			fmt.Println("error:", r.err)
		} else {
			fmt.Println("ok:", r.val)
		}
	}
}
