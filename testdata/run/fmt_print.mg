// Print, Println and Sprint: operand spacing and the %v form of every
// kind of value.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
}

type Celsius float64

type Tree struct {
	Left  *Tree
	Value int
}

func main() {
	fmt.Println("hello", 42, 3.5, true, 'x', nil)
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, "\n")
	s := fmt.Sprint("x", 1, 2.5, "y", false)
	fmt.Println(s, len(s))
	fmt.Print(fmt.Sprintln("end", "of", "line"))

	fmt.Println(int8(-5), uint16(65535), int64(-1<<63), uint64(1<<64-1), uintptr(10))
	fmt.Println(1.0, 0.1, 1e6, 1e21, 1e-5, 123456789.0, 2.5e-10, float32(1.1))
	fmt.Println(Celsius(36.6), Celsius(-40))
	fmt.Println([]int{1, 2, 3}, []string{"a", "b"}, [2]bool{true, false})
	fmt.Println([]int(nil), map[string]int(nil), []byte("hi"))
	fmt.Println(map[string]int{"z": 26, "a": 1, "m": 13})
	fmt.Println(map[int]string{3: "c", -1: "z", 2: "b"})
	fmt.Println(map[Point]bool{{2, 1}: true, {1, 5}: false, {1, 2}: true})
	fmt.Println(Point{1, 2}, &Point{3, 4}, Line{Point{0, 0}, Point{1, 1}, "diag"})
	fmt.Println([]Point{{1, 2}, {3, 4}}, []*Point{nil})
	fmt.Println(&[]int{7}, &map[string]int{"k": 1}, &[2]string{"p", "q"})

	var ip *int
	var e error
	var any interface{}
	fmt.Println(ip, e, any)
	t := &Tree{Value: 1}
	fmt.Println(t.Left == nil, t.Value)
	fmt.Println([]interface{}{1, "two", 3.0, nil, Point{5, 6}})
	var m map[string][]int = map[string][]int{"evens": {2, 4}, "odds": {1, 3}}
	fmt.Println(m, len(m))
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
}
