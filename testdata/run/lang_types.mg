// Defined types vs aliases, conversions between named types, function types with methods.
package main

import "fmt"

type Meters float64
type Feet float64
type Alias = Meters

type HandlerFunc func(string) string

func (h HandlerFunc) Handle(s string) string { return "[" + h(s) + "]" }

type Handler interface{ Handle(string) string }

type Strs []string

func (s Strs) Len() int { return len(s) }

func toFeet(m Meters) Feet { return Feet(m * 3.28084) }

func main() {
	m := Meters(100)
	var a Alias = m
	fmt.Printf("%T %T %v\n", m, a, toFeet(a))
	f := toFeet(m)
	fmt.Printf("%.2f %T\n", f, f)
	var h Handler = HandlerFunc(func(s string) string { return s + "!" })
	fmt.Println(h.Handle("hi"))
	ss := Strs{"a", "b"}
	raw := []string(ss)
	raw[0] = "z"
	fmt.Println(ss, ss.Len(), Strs(raw).Len())
	type Point struct{ X, Y int }
	type Vec struct{ X, Y int }
	p := Point{1, 2}
	v := Vec(p)
	fmt.Println(v)
	var b byte = 65
	var u8 uint8 = b
	fmt.Println(u8, string(rune(b)))
	type Bytes []byte
	bs := Bytes("hi")
	fmt.Println(string(bs), len(bs))
	var r rune = 'x'
	var i32 int32 = r
	fmt.Println(i32)
	var ifc interface{} = Meters(1)
	_, isM := ifc.(Meters)
	_, isA := ifc.(Alias)
	_, isF := ifc.(float64)
	fmt.Println(isM, isA, isF)
}
