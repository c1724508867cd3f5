// Classic data structures: stack, queue, binary search tree, linked list reversal.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

type ListNode struct {
	V    int
	Next *ListNode
}

func reverse(h *ListNode) *ListNode {
	var prev *ListNode
	for h != nil {
		h, h.Next, prev = h.Next, prev, h
	}
	return prev
}

func main() {
	var stack []int
	for i := 1; i <= 4; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
	queue := []string{"a", "b"}
	queue = append(queue, "c")
	for len(queue) > 0 {
		fmt.Print(queue[0], " ")
		queue = queue[1:]
	}
	fmt.Println()
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(v)
	}
	var out []int
	root.Walk(func(v int) { out = append(out, v) })
	fmt.Println(out, root.Height())
	var head *ListNode
	for i := 5; i > 0; i-- {
		head = &ListNode{i, head}
	}
	head = reverse(head)
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.V, " ")
	}
	fmt.Println()
}
