package main

import (
	"fmt"
	"sort"
	"strings"
)

type Writer interface{ Write(p []byte) (int, error) }

type upper struct{ Writer }

type buf struct{ data []byte }

func (b *buf) Write(p []byte) (int, error) {
	b.data = append(b.data, p...)
	return len(p), nil
}

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Point struct{ X, Y int }
type Vec Point

type Handler func(string) string

type Server struct {
	routes map[string]Handler
	hooks  []func()
}

func main() {
	b := &buf{}
	u := upper{b}
	n, err := u.Write([]byte("hi"))
	fmt.Println(n, err, string(b.data))
	var w Writer = u
	w.Write([]byte("!"))
	fmt.Println(string(b.data))

	fmt.Printf("%.1f %T\n", CToF(100), CToF(0))
	p := Point{1, 2}
	v := Vec(p)
	v.X = 10
	var q Point = struct{ X, Y int }{3, 4}
	fmt.Println(p, v, q)
	px := &p.Y
	*px = 20
	fmt.Println(p)

	s := Server{routes: map[string]Handler{}}
	s.routes["/"] = func(r string) string { return "root " + r }
	s.hooks = append(s.hooks, func() { fmt.Println("hook") })
	fmt.Println(s.routes["/"]("req"))
	for _, h := range s.hooks {
		h()
	}

	chs := make(chan chan int, 1)
	c := make(chan int, 1)
	chs <- c
	(<-chs) <- 5
	fmt.Println(<-c)

	var nilch chan int
	out := make(chan int, 1)
	for i := 0; i < 2; i++ {
		select {
		case v := <-nilch:
			fmt.Println("impossible", v)
		case out <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}

	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}, {"Cy", 35}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	idx := map[string]struct{ a, b int }{"x": {1, 2}}
	fmt.Println(idx["x"].b, idx["y"])

	var grid [3][3]rune
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
	words := strings.Fields(" the quick  brown fox ")
	fmt.Println(len(words), strings.Join(words, "_"), strings.ToUpper(words[1]))
	r := []rune("abc")
	r[0], r[2] = r[2], r[0]
	fmt.Println(string(r))
	type kv struct {
		k string
		v int
	}
	kvs := []kv{{"a", 2}, {"b", 1}}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v < kvs[j].v })
	fmt.Printf("%v %+v\n", kvs, kvs[0])
	var iface interface{} = p
	if pp, ok := iface.(Point); ok {
		fmt.Println("point", pp.X)
	}
	var e error
	fmt.Println(e == nil, fmt.Sprint(e))
	x := 5
	ptr := &x
	pp2 := &ptr
	**pp2 = 6
	fmt.Println(x, *ptr == 6)
}
