// Complex numbers are valid Go but outside minigo's subset: a clear compile
// error names them instead of running with wrong output.
package main

import "fmt"

func main() {
	c := complex(1, 2)
	fmt.Println(real(c))
}
