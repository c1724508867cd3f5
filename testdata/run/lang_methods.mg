// Methods: value and pointer receivers, automatic & and *, method sets via interfaces.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Set(v int)    { *m = MyInt(v) }

type List []int

func (l List) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}
func (l *List) Push(v int) { *l = append(*l, v) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.Inc()
	fmt.Println(p.Get(), (*p).Get())
	m := MyInt(21)
	fmt.Println(m.Double(), MyInt(5).Double())
	m.Set(4)
	fmt.Println(m)
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum())
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs)
	mp := map[string]*Counter{"a": {10}}
	mp["a"].Inc()
	fmt.Println(mp["a"].Get())
}
