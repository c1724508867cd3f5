// Complex numbers: arithmetic, real/imag, printing.
package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a*b, a/b, real(a), imag(b))
	fmt.Println(cmplx.Abs(b), a == complex(1, 2))
	var c complex64 = 1i
	fmt.Println(c*c, c)
	fmt.Printf("%v %.1f %T\n", a, b, c)
}
