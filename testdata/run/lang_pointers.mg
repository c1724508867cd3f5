// Pointers: address-of, new, pointer to struct/array/slice element, escaping locals.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func newInt(v int) *int {
	x := v
	return &x
}

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x := 1
	p := &x
	*p = 2
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q)
	*q += 5
	fmt.Println(*q)
	a, b := newInt(3), newInt(3)
	fmt.Println(*a == *b, a == b)
	i, j := 1, 2
	swap(&i, &j)
	fmt.Println(i, j)
	var head *Node
	for k := 3; k > 0; k-- {
		head = &Node{k, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	fmt.Println(arr, len(ap))
	for i, v := range ap {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	ep := &s[2]
	*ep = 30
	fmt.Println(s)
	s = append(s, 4)
	*ep = 300
	fmt.Println(s[2], *ep, len(s), cap(s))
	var np *Node
	fmt.Println(np == nil, np)
	pp := &p
	**pp = 42
	fmt.Println(x)
	type T struct{ a [2]int }
	t := &T{}
	t.a[1] = 5
	fmt.Println(*t)
}
