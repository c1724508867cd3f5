// fmt.Print adds spaces only between operands that are not strings; Println always does.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Print("x", 1, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Println()
	fmt.Println("")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	s := fmt.Sprint(1, 2, "three", 4, 5)
	fmt.Println(s, len(s))
	fmt.Fprintln(os.Stdout, "to stdout", 42)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 7)
	fmt.Fprint(os.Stderr, "stderr is not checked\n")
	fmt.Printf("%5s|%-5s|%5.1s|\n", "héllo", "日本", "日本")
	fmt.Printf("%v %v\n", []interface{}{1, "a", nil}, [][]int{{1}, {2, 3}})
	type pt struct{ X, Y int }
	fmt.Println(pt{1, 2}, &pt{3, 4}, []*int{nil}, struct{ A, B string }{"a", ""})
	fmt.Println([]string{"", ""}, []byte("hi"), [3]byte{1, 2, 3})
	fmt.Printf("%s %v %d\n", []byte("bytes"), []byte("ab"), []byte("ab"))
	fmt.Printf("%x %X % X\n", "hello", []byte{10, 11}, []byte{255, 0})
	fmt.Printf("%t %v\n", 1 == 1, 2 < 1)
	fmt.Printf("%c%c%c %U\n", 72, 'i', 0x4e16, 0x1F600)
	fmt.Printf("%%d %d%%\n", 10)
}
