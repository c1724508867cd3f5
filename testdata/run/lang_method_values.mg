// Method values bind the receiver at evaluation time; method expressions take it as arg.
package main

import "fmt"

type P struct{ name string }

func (p P) Say(s string) string { return p.name + " says " + s }
func (p *P) Rename(n string)    { p.name = n }
func (p *P) Show() string       { return "<" + p.name + ">" }

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	p := P{"ann"}
	say := p.Say
	p.name = "bob"
	fmt.Println(say("hi"), p.Say("hi"))
	show := p.Show
	p.name = "cat"
	fmt.Println(show())
	f := P.Say
	fmt.Println(f(P{"dan"}, "yo"))
	g := (*P).Rename
	g(&p, "eve")
	fmt.Println(p.name)
	h := (*P).Say
	fmt.Println(h(&p, "x"))
	fmt.Println(apply(p.Say, "direct"))
	fns := []func() string{}
	for _, n := range []string{"a", "b"} {
		q := &P{n}
		fns = append(fns, q.Show)
	}
	for _, fn := range fns {
		fmt.Println(fn())
	}
	fmt.Printf("%T\n", f)
	fmt.Printf("%T\n", say)
}
