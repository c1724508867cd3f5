package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界! 👋"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.ValidString("a\xffb"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c:%d ", i, r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	for _, c := range []rune{'a', 'é', '世', '👋', -1, 0xD800, utf8.MaxRune + 1} {
		fmt.Print(utf8.RuneLen(c), utf8.ValidRune(c), " ")
	}
	fmt.Println()
	buf := make([]byte, utf8.UTFMax)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.AppendRune([]byte("x"), 'ß'), utf8.RuneStart(buf[1]), utf8.FullRune(buf[:2]))
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.UTFMax, utf8.Valid([]byte{0xe2, 0x82}))

	for _, c := range "aZ5 é_!\tΣς\u00a0٣" {
		fmt.Printf("%q L%v D%v N%v S%v U%v l%v P%v G%v C%v %q %q\n", c, unicode.IsLetter(c), unicode.IsDigit(c), unicode.IsNumber(c),
			unicode.IsSpace(c), unicode.IsUpper(c), unicode.IsLower(c), unicode.IsPunct(c), unicode.IsGraphic(c), unicode.IsControl(c),
			unicode.ToUpper(c), unicode.ToLower(c))
	}
	fmt.Println(unicode.ToTitle('ǆ'), unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.IsPrint('\u00a0'), unicode.IsSymbol('+'), unicode.IsMark('\u0301'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.To(unicode.UpperCase, 'q'))
}
