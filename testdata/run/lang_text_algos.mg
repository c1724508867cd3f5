// String algorithms: palindromes over runes, anagrams, caesar cipher, reversal, counting.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func sortRunes(s string) string {
	r := []rune(s)
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func main() {
	fmt.Println(reverse("Hello, 世界"), reverse(""))
	for _, s := range []string{"A man, a plan, a canal: Panama", "héh", "hello"} {
		fmt.Println(isPalindrome(s))
	}
	groups := map[string][]string{}
	for _, w := range []string{"listen", "silent", "enlist", "google", "gogole", "cat"} {
		k := sortRunes(w)
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups)
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	vowels := 0
	for _, r := range "The quick brown fox jumps over the lazy dog" {
		if strings.ContainsRune("aeiouAEIOU", r) {
			vowels++
		}
	}
	fmt.Println(vowels)
	fmt.Println(strings.Title(strings.ToLower("gO iS FUN")))
}
