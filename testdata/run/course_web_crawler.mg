// minigo:sorted
// The Tour's web crawler: crawl in parallel, fetch each URL once (mutex-guarded set).
package main

import (
	"fmt"
	"sync"
)

type fakeResult struct {
	body string
	urls []string
}

var fetcher = map[string]*fakeResult{
	"https://golang.org/": {"The Go Programming Language",
		[]string{"https://golang.org/pkg/", "https://golang.org/cmd/"}},
	"https://golang.org/pkg/": {"Packages",
		[]string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"}},
	"https://golang.org/pkg/fmt/": {"Package fmt",
		[]string{"https://golang.org/", "https://golang.org/pkg/"}},
	"https://golang.org/pkg/os/": {"Package os",
		[]string{"https://golang.org/", "https://golang.org/pkg/"}},
}

type visited struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (v *visited) first(url string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.seen[url] {
		return false
	}
	v.seen[url] = true
	return true
}

func crawl(url string, depth int, v *visited, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !v.first(url) {
		return
	}
	res, ok := fetcher[url]
	if !ok {
		fmt.Println("not found:", url)
		return
	}
	fmt.Printf("found: %s %q\n", url, res.body)
	for _, u := range res.urls {
		wg.Add(1)
		go crawl(u, depth-1, v, wg)
	}
}

func main() {
	v := &visited{seen: map[string]bool{}}
	var wg sync.WaitGroup
	wg.Add(1)
	go crawl("https://golang.org/", 4, v, &wg)
	wg.Wait()
}
