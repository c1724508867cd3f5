// String, Error and GoString methods as fmt calls them: value and pointer
// receivers, nested values, unexported fields, and panics inside them.
package main

import "fmt"

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp struct{ deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", t.deg) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("error code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Go struct{ V int }

func (g Go) GoString() string { return fmt.Sprintf("Go(%d)", g.V) }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type NilOK struct{ name string }

func (n *NilOK) String() string { return n.name }

type Box struct {
	Exported Color
	hidden   Color
	Err      error
}

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Printf("%v %s %d %q %x\n", Color(1), Color(1), Color(1), Color(1), Color(1))
	fmt.Println([]Color{0, 1, 2}, map[Color]int{1: 10, 0: 5})
	t := Temp{21.5}
	fmt.Println(t, &t)
	fmt.Println(MyErr{404}, error(MyErr{500}))
	fmt.Printf("%v|%s|%+v|%#v\n", MyErr{1}, MyErr{2}, MyErr{3}, MyErr{4})
	fmt.Println(Both{})
	fmt.Printf("%v %#v %+v\n", Go{1}, Go{2}, Go{3})
	fmt.Println(Boom{})
	fmt.Printf("[%s] [%d]\n", Boom{}, Boom{})
	var np *NilOK
	fmt.Println(np, &NilOK{"named"})
	fmt.Printf("%+v\n", Box{1, 1, MyErr{7}})
	fmt.Println(Box{Exported: 0, hidden: 1})
	var err error = MyErr{9}
	fmt.Println("err:", err)
	fmt.Printf("%10v|%-10s|\n", Color(0), Color(1))
	fmt.Println(fmt.Sprint(Color(1), Color(0)), fmt.Sprintf("%v", []error{MyErr{1}, nil}))
}
