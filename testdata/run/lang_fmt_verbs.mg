// fmt verbs: %v %+v %#v %T %d %x %q %s %c %U %t %p-free widths and flags.
package main

import "fmt"

type Point struct {
	X, Y int
	Tag  string
}

type Color int

func main() {
	p := Point{1, -2, "a"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", &p, &p, &p)
	s := []int{1, 2, 3}
	fmt.Printf("%v|%#v|%T|%d|%x\n", s, s, s, s, s)
	m := map[string]int{"z": 1, "a": 2}
	fmt.Printf("%v|%#v|%T\n", m, m, m)
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%b|%c|%U|%q\n", 42, 42, 42, 42, 42, 255, 255, 8, 5, 'G', 'G', 'G')
	fmt.Printf("%s|%q|%10s|%-10s|%.3s|%x|% x|%X\n", "go", "go\n", "right", "left", "truncate", "hi", "hi", []byte("hi"))
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	fmt.Printf("%f|%.2f|%8.3f|%-8.2f|%e|%g|%+.1f\n", 3.14159, 3.14159, 3.14159, 3.14159, 1234.5678, 0.000012, 2.0)
	fmt.Printf("%v|%v|%v\n", nil, []string(nil), map[int]int(nil))
	var ip *int
	var e error
	fmt.Printf("%v|%v|%d%%\n", ip, e, 50)
	fmt.Printf("%v %d\n", Color(3), Color(3))
	fmt.Printf("%#v|%#v|%#v|%#v\n", "s", 42, 1.5, []string{"a"})
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%v %v\n", [2]bool{true}, struct{}{})
	fmt.Printf("%6.2f|%-8v|%8v|\n", 3.14159, "ab", []int{1})
	fmt.Printf("%x %X %#x\n", -255, "Hello", []byte{1, 171})
	fmt.Printf("%q %q %v\n", 'x', []string{"a b", "c"}, 'x')
	fmt.Printf("%v %v\n", int8(-5), uint64(1<<63))
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%08.3f|%+08d|% d|% d\n", -3.14159, 42, 42, -42)
	type inner struct {
		A []int
		M map[string]bool
		P *int
	}
	fmt.Printf("%+v\n", inner{[]int{1}, map[string]bool{"k": true}, nil})
	var iface interface{} = 7
	fmt.Printf("%v %T %T %T\n", iface, iface, nil, fmt.Printf)
	fmt.Println(fmt.Sprintf("%05.1f", 2.25), fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
}
