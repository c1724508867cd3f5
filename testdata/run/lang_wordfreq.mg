// Word frequency: strings.Fields, maps, sorting by count then word.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness`

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range freq {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	fmt.Println(len(words), "words,", len(freq), "distinct")
	for _, e := range list[:8] {
		fmt.Printf("%-12s %2d %s\n", e.w, e.n, strings.Repeat("#", e.n))
	}
	fmt.Println(unicode.IsUpper('L'), unicode.IsDigit('7'), unicode.IsSpace('\t'), string(unicode.ToUpper('q')))
}
