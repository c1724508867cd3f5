// Map-reduce word count: mappers per line in goroutines, a reducer merging their maps.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var lines = []string{
	"the cat sat on the mat",
	"the dog sat on the log",
	"a cat and a dog",
	"the end",
}

func mapper(line string, out chan<- map[string]int, wg *sync.WaitGroup) {
	defer wg.Done()
	counts := map[string]int{}
	for _, w := range strings.Fields(line) {
		counts[w]++
	}
	out <- counts
}

func main() {
	out := make(chan map[string]int)
	var wg sync.WaitGroup
	for _, l := range lines {
		wg.Add(1)
		go mapper(l, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	total := map[string]int{}
	for m := range out {
		for w, c := range m {
			total[w] += c
		}
	}
	words := make([]string, 0, len(total))
	for w := range total {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if total[words[i]] != total[words[j]] {
			return total[words[i]] > total[words[j]]
		}
		return words[i] < words[j]
	})
	for _, w := range words {
		fmt.Println(w, total[w])
	}
}
