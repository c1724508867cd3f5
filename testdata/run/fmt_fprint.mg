// Fprint, Fprintln and Fprintf write through io.Writer: *os.File and
// *strings.Builder.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 2)
	var b strings.Builder
	fmt.Fprintf(&b, "%s-%d", "x", 3)
	fmt.Fprint(&b, "!", 4)
	fmt.Println(b.String(), b.Len())
	n, err := fmt.Fprint(os.Stdout, "end\n")
	fmt.Println(n, err)
}
