// Strings: bytes vs runes, indexing, slicing, concatenation, comparison.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], string(s[0]))
	fmt.Println(s[7:], s[:1], s[1:3])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	t := s + "!"
	t += "?"
	fmt.Println(t)
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "abc" == "ab"+"c")
	a := "x"
	b := a
	a += "y"
	fmt.Println(a, b)
	fmt.Println(len(""), len("\x00\xff"), "tab\there", `raw\n`)
	fmt.Println("multi" +
		"line")
	var empty string
	fmt.Println(empty == "", len(empty))
	fmt.Printf("%q\n", s)
}
