// Structs: literals, zero values, comparison, embedding, promoted fields and methods.
package main

import "fmt"

type Point struct{ X, Y int }

type Named struct {
	Name string
}

func (n Named) Hello() string    { return "hello " + n.Name }
func (n *Named) Rename(s string) { n.Name = s }

type Circle struct {
	Point
	Named
	Radius float64
}

type Anon struct {
	int
	string
}

func main() {
	var p Point
	fmt.Println(p, p == Point{})
	q := Point{Y: 3}
	r := Point{1, 2}
	fmt.Println(q, r, q == r, r == Point{1, 2})
	c := Circle{Point{1, 2}, Named{"c1"}, 2.5}
	fmt.Println(c.X, c.Point.Y, c.Name, c.Radius)
	fmt.Println(c.Hello())
	c.Rename("c2")
	fmt.Println(c.Name, c.Named.Hello())
	c.X = 10
	fmt.Println(c.Point)
	fmt.Printf("%v\n%+v\n", c, c)
	d := c
	d.Name = "copy"
	fmt.Println(c.Name, d.Name, c == d)
	a := Anon{5, "five"}
	fmt.Println(a.int, a.string, a)
	anon := struct {
		A int
		B []string
	}{1, []string{"x"}}
	fmt.Println(anon)
	pp := &Point{5, 6}
	pp.X++
	(*pp).Y--
	fmt.Println(*pp, pp.X)
	type Pair struct {
		K string
		V *int
	}
	n := 7
	pr := Pair{"k", &n}
	pr2 := pr
	*pr2.V = 8
	fmt.Println(n, pr == pr2)
	pts := []Point{{1, 1}, {2, 2}}
	for _, pt := range pts {
		pt.X = 100
	}
	for i := range pts {
		pts[i].Y = 50
	}
	fmt.Println(pts)
	mp := map[string]Point{"a": {1, 2}}
	pt := mp["a"]
	pt.X = 9
	fmt.Println(mp, pt)
}
