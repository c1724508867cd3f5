// The Tour's "equivalent binary trees": walk two trees in goroutines and compare the streams.
package main

import (
	"fmt"
	"math/rand"
)

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

// New builds a tree holding k, 2k, ..., 10k inserted in a seeded random order.
func New(k int, seed int64) *Tree {
	var t *Tree
	r := rand.New(rand.NewSource(seed))
	for _, v := range r.Perm(10) {
		t = insert(t, (1+v)*k)
	}
	return t
}

func walk(t *Tree, ch chan<- int) {
	if t == nil {
		return
	}
	walk(t.Left, ch)
	ch <- t.Value
	walk(t.Right, ch)
}

func Walk(t *Tree) <-chan int {
	ch := make(chan int)
	go func() {
		walk(t, ch)
		close(ch)
	}()
	return ch
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := Walk(t1), Walk(t2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	for v := range Walk(New(1, 1)) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Same(New(1, 1), New(1, 2)), Same(New(1, 3), New(2, 3)), Same(New(3, 4), New(3, 5)))
}
