// unicode classification and case mapping over several scripts.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ9 _é日\tΩ!" {
		fmt.Printf("%q L%v U%v l%v D%v S%v P%v -> %q %q\n", r, unicode.IsLetter(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r),
			unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(unicode.IsNumber('½'), unicode.IsDigit('½'), unicode.MaxRune, string(unicode.ReplacementChar))
}
