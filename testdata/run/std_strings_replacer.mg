package main

import (
	"fmt"
	"strings"
)

func main() {
	cases := [][]string{
		{"a", "1", "aa", "2"}, {"aa", "2", "a", "1"}, {"", "X"}, {"a", "1", "", "X"}, {"<", "&lt;", ">", "&gt;", "&", "&amp;"},
		{"hello", "hi", "world", "earth"}, {"x", "", "y", "yy"}, {"ab", "ba", "ba", "ab"}, {"", "-", "b", "B"}, {"é", "e", "世", "world"},
	}
	inputs := []string{"", "a", "aaa", "abc", "<a href=\"x\">&</a>", "hello world, hello", "xyxyx", "abba", "ébé世", "bab"}
	for _, c := range cases {
		r := strings.NewReplacer(c...)
		for _, in := range inputs {
			fmt.Printf("%q ", r.Replace(in))
		}
		fmt.Println()
	}
}
