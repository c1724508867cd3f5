package main

import "fmt"

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprintf("E%d", e.code) }

func main() {
	var err error = &E{42}
	panic(err)
}
