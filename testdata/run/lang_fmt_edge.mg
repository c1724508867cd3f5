// fmt edge cases: width applied to each struct field, panicking String methods, nil receivers, precision.
package main

import (
	"errors"
	"fmt"
)

type Bad struct{}

func (Bad) String() string { panic("boom") }

type Node struct{ name string }

func (n *Node) String() string { return "node " + n.name }

type ErrT struct{}

func (*ErrT) Error() string { return "err t" }

func main() {
	fmt.Printf("[%5v]\n", struct{ A, B int }{1, 2})
	fmt.Printf("[%-4v]\n", []int{1, 22})
	fmt.Printf("[%05v]\n", []int{1, -2})
	fmt.Printf("%v\n", Bad{})
	fmt.Println(Bad{})
	var n *Node
	fmt.Println(n)
	fmt.Printf("%v %s\n", n, n)
	fmt.Println(&Node{"x"}, Node{"y"})
	var e *ErrT
	fmt.Println(e)
	fmt.Printf("%.3g %.3g %.0e %g %g\n", 1234.5678, 0.00012345, 5.5, 1e-4, 1e-5)
	fmt.Printf("%6.2f%% done\n", 99.5)
	fmt.Printf("%c %U %#U\n", -1, 0x1F600, 'ä')
	fmt.Printf("%v %d\n", []byte(nil), []byte{})
	fmt.Printf("%s|%v\n", errors.New("e1"), fmt.Errorf("e2: %d", 2))
	fmt.Printf("%3d|%-3d|%03d\n", -1, -1, -1)
	fmt.Printf("%t %t\n", "x", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%z %d\n", 1, 2)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%.2s|%.10s|%5.1q\n", "abcdef", "ab", "xyz")
}
