// panic with a value-receiver error type: Go prints its Error() text.
package main

import "fmt"

type HTTPError struct {
	Code int
	Msg  string
}

func (e HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

func main() {
	panic(HTTPError{404, "not found"})
}
