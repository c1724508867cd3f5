// strings.Builder accumulates text efficiently; fmt.Fprintf writes into it.
package main

import (
	"fmt"
	"strings"
)

func table(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		for j := 1; j <= n; j++ {
			fmt.Fprintf(&b, "%4d", i*j)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteRune(',')
	sb.WriteRune(' ')
	sb.WriteRune('世')
	sb.Write([]byte("!"))
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprint(&sb, i*i)
	}
	fmt.Println(sb.String())
	fmt.Print(table(4))
	var big strings.Builder
	for i := 0; i < 10000; i++ {
		big.WriteString("x")
	}
	fmt.Println(big.Len())
}
