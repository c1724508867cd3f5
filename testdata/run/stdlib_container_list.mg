// container/list: every method, the zero List, elements of another list
// or removed ones (no-ops, as in Go), and copying a list onto itself.
package main

import (
	"container/list"
	"fmt"
)

func show(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), " [")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func zeroList() {
	var l list.List // ready to use without Init
	fmt.Println("zero:", l.Len(), l.Front() == nil, l.Back() == nil)
	l.PushBack(1)
	l.PushFront(0)
	show("zero after pushes", &l)
	var m list.List
	m.PushFrontList(&l)
	show("zero PushFrontList", &m)
	var n list.List
	n.PushBackList(&m)
	show("zero PushBackList", &n)
}

func inserts() *list.List {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.InsertAfter(5, e4)
	show("inserts", l)
	fmt.Println("front", l.Front().Value, "back", l.Back().Value,
		"front.Prev nil:", l.Front().Prev() == nil, "back.Next nil:", l.Back().Next() == nil)
	return l
}

func moves(l *list.List) {
	first, last := l.Front(), l.Back()
	l.MoveToFront(last)
	show("MoveToFront(5)", l)
	l.MoveToBack(last)
	show("MoveToBack(5)", l)
	l.MoveToFront(l.Front()) // already there
	l.MoveToBack(l.Back())
	show("no-op moves", l)
	mid := first.Next().Next() // 3
	l.MoveBefore(first, mid)
	show("MoveBefore(1, 3)", l)
	l.MoveAfter(first, last)
	show("MoveAfter(1, 5)", l)
	l.MoveBefore(mid, mid)
	l.MoveAfter(mid, mid)
	l.MoveAfter(mid.Next(), mid) // already right after it
	l.MoveBefore(mid.Prev(), mid) // already right before it
	show("self moves", l)
	l.MoveAfter(last, first)
	l.MoveBefore(first, l.Front())
	show("ends swapped", l)
}

func foreign(l *list.List) {
	other := list.New()
	x := other.PushBack("x")
	fmt.Println("InsertBefore foreign:", l.InsertBefore(9, x) == nil,
		"InsertAfter foreign:", l.InsertAfter(9, x) == nil)
	l.MoveToFront(x)
	l.MoveToBack(x)
	l.MoveBefore(x, l.Front())
	l.MoveAfter(l.Front(), x)
	fmt.Println("Remove foreign:", l.Remove(x), "other len:", other.Len())
	show("after foreign ops", l)
	show("other", other)
}

func removes(l *list.List) {
	e := l.Front().Next()
	fmt.Println("Remove:", l.Remove(e), "Next after remove nil:", e.Next() == nil,
		"Prev nil:", e.Prev() == nil)
	fmt.Println("Remove again:", l.Remove(e), "len:", l.Len())
	show("after remove", l)
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%2 == 1 {
			l.Remove(e)
		}
		e = next
	}
	show("odds removed", l)
}

func selfCopy() {
	l := list.New()
	for i := 1; i <= 3; i++ {
		l.PushBack(i)
	}
	l.PushBackList(l)
	show("PushBackList(self)", l)
	l.PushFrontList(l)
	show("PushFrontList(self)", l)
	l.Init()
	show("after Init", l)
	l.PushBack("again")
	show("reuse", l)
}

type point struct{ x, y int }

func values() {
	l := list.New()
	l.PushBack("str")
	l.PushBack(3.5)
	l.PushBack(point{1, 2})
	l.PushBack(nil)
	l.PushBack([]int{7, 8})
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Printf("%T %v\n", e.Value, e.Value)
	}
	p := l.Front().Next().Next()
	p.Value = point{3, 4}
	fmt.Println(p.Value.(point).x, l.Back().Prev().Prev().Value)
}

// lru is the classic course use: a map to elements plus MoveToFront.
func lru() {
	const capacity = 3
	order := list.New()
	index := map[string]*list.Element{}
	for _, k := range []string{"a", "b", "c", "a", "d", "b", "e", "a"} {
		if e, ok := index[k]; ok {
			order.MoveToFront(e)
			fmt.Println("hit", k)
			continue
		}
		if order.Len() == capacity {
			old := order.Back()
			delete(index, order.Remove(old).(string))
			fmt.Println("evict", old.Value)
		}
		index[k] = order.PushFront(k)
		fmt.Println("miss", k)
	}
	show("lru", order)
}

func main() {
	zeroList()
	l := inserts()
	moves(l)
	foreign(l)
	removes(l)
	selfCopy()
	values()
	lru()
}
