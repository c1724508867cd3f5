package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Goroutines use the stdlib at the same time: the results must not depend
// on the interleaving, and -race must stay quiet.
func work(id int) string {
	var b strings.Builder
	nums := make([]int, 0, 50)
	for i := 0; i < 50; i++ {
		n := rand.Intn(1000)
		if n < 0 || n >= 1000 {
			panic("Intn out of range")
		}
		nums = append(nums, (id*31+i*17)%97)
	}
	sort.Ints(nums)
	for _, n := range nums[:5] {
		b.WriteString(strconv.Itoa(n))
		b.WriteByte(',')
	}
	f, _ := strconv.ParseFloat(strconv.FormatFloat(math.Sqrt(float64(id)), 'g', -1, 64), 64)
	return strings.ToUpper(fmt.Sprintf("w%d:%s%.4f", id, b.String(), f))
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			results[id] = work(id)
		}(i)
	}
	wg.Wait()
	fmt.Println(strings.Join(results, "\n"))
}
