// container/heap: Go's IntHeap and PriorityQueue examples, then a heap
// that logs every Less and Swap call, so the call sequence of Init, Push,
// Pop, Remove and Fix, and where equal keys end up, must be Go's.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// An IntHeap is a min-heap of ints (Go's example).
type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func (h *IntHeap) Push(x any) {
	*h = append(*h, x.(int))
}

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func intHeapExample() {
	h := &IntHeap{2, 1, 5}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()
}

// An Item is something we manage in a priority queue (Go's example).
type Item struct {
	value    string
	priority int
	index    int // maintained by the heap.Interface methods
}

// A PriorityQueue implements heap.Interface and holds Items; the highest
// priority pops first.
type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }

func (pq PriorityQueue) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}

func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq *PriorityQueue) Push(x any) {
	n := len(*pq)
	item := x.(*Item)
	item.index = n
	*pq = append(*pq, item)
}

func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

// update modifies the priority and value of an Item in the queue.
func (pq *PriorityQueue) update(item *Item, value string, priority int) {
	item.value = value
	item.priority = priority
	heap.Fix(pq, item.index)
}

func priorityQueueExample() {
	items := map[string]int{
		"banana": 3, "apple": 2, "pear": 4,
	}
	pq := make(PriorityQueue, len(items))
	i := 0
	for value, priority := range items {
		pq[i] = &Item{value: value, priority: priority, index: i}
		i++
	}
	heap.Init(&pq)
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	pq.update(item, item.value, 5)
	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", item.priority, item.value)
	}
	fmt.Println()
}

// entry has a key with ties and a label telling equal keys apart.
type entry struct {
	key   int
	label string
}

// traced is a min-heap on key that records every call it receives.
type traced struct {
	s   []entry
	log []string
}

func (t *traced) Len() int { return len(t.s) }

func (t *traced) Less(i, j int) bool {
	t.log = append(t.log, fmt.Sprintf("L%d,%d", i, j))
	return t.s[i].key < t.s[j].key
}

func (t *traced) Swap(i, j int) {
	t.log = append(t.log, fmt.Sprintf("S%d,%d", i, j))
	t.s[i], t.s[j] = t.s[j], t.s[i]
}

func (t *traced) Push(x any) {
	t.log = append(t.log, "push")
	t.s = append(t.s, x.(entry))
}

func (t *traced) Pop() any {
	t.log = append(t.log, "pop")
	x := t.s[len(t.s)-1]
	t.s = t.s[:len(t.s)-1]
	return x
}

// step runs op and prints the calls it made and the resulting array.
func (t *traced) step(name string, op func()) {
	t.log = t.log[:0]
	op()
	fmt.Printf("%s: %s\n  %v\n", name, strings.Join(t.log, " "), t.s)
}

func tracedHeap() {
	t := &traced{}
	keys := []int{5, 3, 8, 3, 1, 9, 5, 2, 7, 3, 6, 1, 4, 8, 2}
	for i, k := range keys {
		t.s = append(t.s, entry{k, fmt.Sprint(string(rune('a' + i)))})
	}
	t.step("Init", func() { heap.Init(t) })
	t.step("Push 0", func() { heap.Push(t, entry{0, "p"}) })
	t.step("Push 3", func() { heap.Push(t, entry{3, "q"}) })
	t.step("Push 99", func() { heap.Push(t, entry{99, "r"}) })
	t.step("Remove 4", func() { fmt.Println("removed", heap.Remove(t, 4)) })
	t.step("Remove last", func() { fmt.Println("removed", heap.Remove(t, t.Len()-1)) })
	t.step("Remove 0", func() { fmt.Println("removed", heap.Remove(t, 0)) })
	t.step("Fix down", func() { t.s[1].key = 50; heap.Fix(t, 1) })
	t.step("Fix up", func() { t.s[t.Len()-2].key = -1; heap.Fix(t, t.Len()-2) })
	t.step("Fix same", func() { heap.Fix(t, 3) })
	for t.Len() > 0 {
		t.step("Pop", func() { fmt.Println("popped", heap.Pop(t)) })
	}
	t.step("Init empty", func() { heap.Init(t) })
	t.step("Push 1", func() { heap.Push(t, entry{1, "only"}) })
	t.step("Fix 0", func() { heap.Fix(t, 0) })
	t.step("Remove only", func() { fmt.Println("removed", heap.Remove(t, 0)) })
	// The last element, moved into the other subtree, has to go up.
	for i, k := range []int{0, 10, 1, 11, 12, 2, 3} {
		t.s = append(t.s, entry{k, fmt.Sprint(i)})
	}
	t.step("Remove up", func() { fmt.Println("removed", heap.Remove(t, 4)) })
}

// heapSort sorts through the heap: many random-looking keys with ties.
func heapSort() {
	h := &IntHeap{}
	x := 12345
	for i := 0; i < 200; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		heap.Push(h, x%50)
	}
	snapshot := append([]int(nil), (*h)[:20]...)
	fmt.Println("heap prefix:", snapshot)
	prev, sorted := -1, true
	var out []int
	for h.Len() > 0 {
		v := heap.Pop(h).(int)
		sorted = sorted && v >= prev
		prev = v
		out = append(out, v)
	}
	fmt.Println("sorted:", sorted, len(out), out[:10], out[190:])
}

func main() {
	intHeapExample()
	priorityQueueExample()
	tracedHeap()
	heapSort()
}
