// fmt.Errorf: %w wraps an error (Unwrap), several %w wrap them all
// (Unwrap() []error, modern Go), and Fprint* write through io.Writer.
// expected output hand-derived: several %w in one Errorf need Go 1.20;
// Go 1.19 prints %!w(...) for all but the first.
package main

import "fmt"

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type unwrapper interface{ Unwrap() error }
type multiUnwrapper interface{ Unwrap() []error }

// collector is an io.Writer that keeps what is written.
type collector struct {
	lines []string
	bytes int
}

func (c *collector) Write(p []byte) (int, error) {
	c.lines = append(c.lines, string(p))
	c.bytes += len(p)
	return len(p), nil
}

func main() {
	base := &NotFound{"config"}
	err := fmt.Errorf("loading: %w", base)
	fmt.Println(err)
	if u, ok := err.(unwrapper); ok {
		fmt.Println("unwrapped:", u.Unwrap(), u.Unwrap() == error(base))
	}
	outer := fmt.Errorf("startup failed: %w", err)
	fmt.Println(outer)
	inner := outer.(unwrapper).Unwrap().(unwrapper).Unwrap()
	fmt.Println(inner == error(base))

	plain := fmt.Errorf("code %d: %s", 7, "plain")
	_, isWrap := plain.(unwrapper)
	fmt.Println(plain, isWrap)

	bad := fmt.Errorf("not an error: %w", 42)
	fmt.Println(bad)

	// Several %w: modern Go (1.20+) wraps them all; Go 1.19 printed
	// %!w(...) for the second one, so this output was written by hand.
	e1, e2 := &NotFound{"a"}, &NotFound{"b"}
	multi := fmt.Errorf("both: %w and %w", e1, e2)
	fmt.Println(multi)
	if m, ok := multi.(multiUnwrapper); ok {
		errs := m.Unwrap()
		fmt.Println(len(errs), errs[0] == error(e1), errs[1] == error(e2))
	}

	c := &collector{}
	n, werr := fmt.Fprintf(c, "%d-%s", 1, "x")
	fmt.Println(n, werr)
	fmt.Fprintln(c, "two", 2)
	fmt.Fprint(c, "three", 3, "\n")
	fmt.Printf("%q %d\n", c.lines, c.bytes)
	fmt.Println(fmt.Sprintf("%v", fmt.Errorf("wrapped nil: %w", nil)))
}
