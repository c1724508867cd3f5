// Type assertions (plain and comma-ok) and type switches.
package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string    { return "woof" }
func (c *Cat) Sound() string { return c.name + " meows" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice ", len(x))
	case error:
		return "error " + x.Error()
	case Animal:
		return "animal " + x.Sound()
	case func() int:
		return fmt.Sprint("func ", x())
	case map[string]int:
		return fmt.Sprint("map ", x["k"])
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var v interface{} = 42
	n := v.(int)
	fmt.Println(n)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := v.(float64)
	fmt.Println(f, ok)
	for _, x := range []interface{}{nil, 1, int8(2), int16(3), "hey", []int{1, 2}, errors.New("bad"),
		Dog{}, &Cat{"tom"}, Cat{"x"}, func() int { return 7 }, map[string]int{"k": 9}, 2.5, true} {
		fmt.Println(classify(x))
	}
	var a Animal = Dog{}
	_, isDog := a.(Dog)
	_, isCat := a.(*Cat)
	fmt.Println(isDog, isCat)
	var st fmt.Stringer
	_, ok = interface{}(st).(fmt.Stringer)
	fmt.Println(ok)
	switch a.(type) {
	case *Cat:
		fmt.Println("cat")
	case Dog:
		fmt.Println("dog")
	}
}
