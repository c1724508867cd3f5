// Variadic ...interface{}: passing nil, slices, and forwarding args to fmt.
package main

import "fmt"

func count(args ...interface{}) int { return len(args) }

func logf(prefix string, format string, args ...interface{}) {
	fmt.Printf(prefix+format+"\n", args...)
}

func describe(args ...interface{}) {
	for i, a := range args {
		fmt.Printf("%d:%T ", i, a)
	}
	fmt.Println()
}

func main() {
	fmt.Println(count(), count(nil), count(nil, nil), count([]int{1, 2}))
	strs := []interface{}{"a", "b", "c"}
	fmt.Println(count(strs...), count(strs))
	logf("[app] ", "%s has %d items", "cart", 3)
	logf("[app] ", "no args")
	describe(1, "s", 2.5, nil, []int{}, map[string]int{}, struct{}{}, &struct{}{}, 'r', byte(1))
	fmt.Println(fmt.Sprintf("%v-%v", strs[:2]...))
}
