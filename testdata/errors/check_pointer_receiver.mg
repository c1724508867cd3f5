package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprint(c.n) }

func main() {
	var s fmt.Stringer = Counter{}
	fmt.Println(s)
}

// Go 1.19: "as type fmt.Stringer ..." and "(String method has pointer receiver)"; modern gc (1.24+, which also says "value of struct type") as in the .err.
