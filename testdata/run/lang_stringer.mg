// Stringer and error values control how fmt prints a value.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Stack struct{ items []int }

func (s *Stack) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "[" + strings.Join(parts, " | ") + "]"
}

type Oops struct{ Code int }

func (o Oops) Error() string { return fmt.Sprintf("oops %d", o.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

type Wrapper struct {
	Temp Celsius
	Name string
}

func main() {
	c := Celsius(21.5)
	fmt.Println(c)
	fmt.Printf("%v %s %.2f %d\n", c, c, c, 7)
	st := &Stack{[]int{1, 2, 3}}
	fmt.Println(st)
	fmt.Println(*st)
	fmt.Println(Oops{4})
	fmt.Printf("%v|%s|%q\n", Oops{5}, Oops{5}, Oops{5})
	fmt.Println(Both{})
	w := Wrapper{30, "room"}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println([]Celsius{1, 2})
	fmt.Println(map[string]Celsius{"a": 3})
	var err error = Oops{9}
	fmt.Println("error:", err)
	fmt.Println(fmt.Sprint(c) + "!")
	fmt.Println(fmt.Sprintf("%v", []fmt.Stringer{c, st}))
}
