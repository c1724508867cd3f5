// Range over strings with invalid UTF-8, rune and byte conversions.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	bad := "a\xffb\xe4\xb8c\xe4\xb8\x96"
	for i, r := range bad {
		fmt.Println(i, r, r == utf8.RuneError)
	}
	fmt.Println(utf8.RuneCountInString(bad), utf8.ValidString(bad), utf8.ValidString("世界"))
	rs := []rune("héllo")
	fmt.Println(len(rs), rs)
	rs[1] = 'e'
	fmt.Println(string(rs))
	bs := []byte("héllo")
	fmt.Println(len(bs), bs)
	bs[0] = 'H'
	fmt.Println(string(bs))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(r, size, string(r))
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	fmt.Println(buf)
	fmt.Println(string([]rune{0x48, 0x69}), string([]byte{0x48, 0x69}))
}
