package main

import (
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string     { return b.name }
func (b *Base) Rename(n string) { b.name = n }

type Dog struct {
	Base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	*Base
}

func (c Cat) Sound() string { return "meow" }

type Counter int

func (c *Counter) Inc()         { *c++ }
func (c Counter) String() string { return fmt.Sprintf("Counter(%d)", int(c)) }

type Op func(int, int) int

func (o Op) apply(a, b int) int { return o(a, b) }


type Named interface{ Name() string }
type Speaker interface {
	Named
	Sound() string
}

func describe(a Animal) string { return a.Name() + " says " + a.Sound() }

func main() {
	d := Dog{Base{"rex"}, "lab"}
	c := Cat{&Base{"tom"}}
	animals := []Animal{d, c}
	for _, a := range animals {
		fmt.Println(describe(a))
	}
	d.Rename("max")
	fmt.Println(d.Name(), d.name, d.Base.name)
	c.Rename("felix")
	fmt.Println(c.Name())

	// method values bind the receiver when evaluated
	f := d.Name
	d.Rename("buddy")
	fmt.Println(f(), d.Name())
	g := c.Rename
	g("garfield")
	fmt.Println(c.Name())

	// method expressions
	h := Dog.Sound
	fmt.Println(h(d))
	r := (*Base).Rename
	r(&d.Base, "spot")
	fmt.Println(Base.Name(d.Base))

	var cnt Counter
	cnt.Inc()
	cnt.Inc()
	fmt.Println(cnt)
	var s fmt.Stringer = &cnt
	cnt.Inc()
	fmt.Println(s.String(), s)
	inc := cnt.Inc
	inc()
	fmt.Println(cnt)

	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.apply(2, 3))

	var sp Speaker = d
	var n Named = sp
	fmt.Println(n.Name(), sp.Sound())
	if a, ok := n.(Animal); ok {
		fmt.Println("also an animal:", a.Sound())
	}
	_, isCat := n.(Cat)
	fmt.Println("cat?", isCat)

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	sb.WriteString("!")
	fmt.Println(sb.String(), sb.Len())

	type local struct{ a, b int }
	l1 := local{1, 2}
	l2 := local{1, 2}
	fmt.Println(l1 == l2, l1 != local{2, 1})
	anon := struct {
		X int
		Y string
	}{3, "y"}
	fmt.Printf("%v %+v\n", anon, anon)
	pt := &struct{ V []int }{V: []int{1}}
	pt.V = append(pt.V, 2)
	fmt.Println(pt.V, len(pt.V))
}
