// Printf verbs, flags, widths and precisions, and Go's error strings for
// bad verbs, missing and extra operands.
package main

import "fmt"

type T struct {
	Name string
	Age  int
	tags []string
}

func main() {
	x := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", x, x, x, x, x, x)
	fmt.Printf("%b|%o|%O|%#o|%x|%X|%#x|%#X\n", x, x, x, x, x, x, x, x)
	fmt.Printf("%c|%q|%U|%#U\n", 'G', 'G', 0x1F600, 'é')
	fmt.Printf("%x|%X|% x|%#x\n", "hi!", "hi!", "hi!", "hi!")
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%+q|%#q\n", "héllo", "go", "go", "héllo", "a\tb", "é", "raw")
	fmt.Printf("%t|%v|%5t|\n", true, false, true)

	f := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f\n", f, f, f, f, f, f)
	fmt.Printf("%e|%E|%.3e|%g|%G|%.3g\n", f, f, f, f, 1e-7, 1234567.0)
	fmt.Printf("%v|%v|%v|%v\n", 100000.0, 1000000.0, 0.0001, 0.00001)
	fmt.Printf("%6.2f|%-8v|%08.3f\n", -1.5, 2.25, -3.14159)
	fmt.Printf("%.0f|%.0f|%.0f|%.1f\n", 0.5, 1.5, 2.5, 0.05)
	fmt.Printf("%5.1f%%\n", 99.5)

	t := T{"Ann", 30, []string{"a"}}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", t, t, t, t)
	fmt.Printf("%v %+v %T\n", &t, &t, &t)
	fmt.Printf("%v %d %x %q\n", []int{10, 11}, []int{10, 11}, []int{10, 11}, []string{"a", "b"})
	fmt.Printf("%#v %#v %#v\n", map[string]int{"b": 2, "a": 1}, []byte{1, 2}, [2]float64{1, 2.5})
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 2.0, nil, []interface{}{1})
	fmt.Printf("%T %T %T\n", map[string][]int{}, func(int) string { return "" }, make(chan int))

	fmt.Printf("%*d|%-*d|%.*f\n", 6, 42, 6, 42, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[1]s %[1]q\n", "rep")

	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 12)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%z\n", 3.5)
	fmt.Printf("%!\n")
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%.*d\n", "x", 5)
	fmt.Printf("100%\n")
	fmt.Printf("%w\n", fmt.Errorf("e"))
	fmt.Printf("%d\n", nil)
	fmt.Printf("no verbs\n", 1)
	s := fmt.Sprintf("%08b|%3c|%-4q|", 5, 'A', 'B')
	fmt.Println(s, len(s))
}
