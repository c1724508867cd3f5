// errors.New, fmt.Errorf with %w, errors.Is/As/Unwrap through chains.
package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(key string) error {
	switch key {
	case "missing":
		return fmt.Errorf("find %q: %w", key, ErrNotFound)
	case "locked":
		return &QueryError{key, ErrPermission}
	case "deep":
		return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &QueryError{key, ErrNotFound}))
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "locked", "deep"} {
		err := find(k)
		fmt.Println(k, "->", err)
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound), "is Permission:", errors.Is(err, ErrPermission))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  QueryError for", qe.Query)
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(e1, e1))
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(errors.Is(plain, ErrNotFound), errors.Unwrap(plain) == nil)
	_, err := os.Open("/nonexistent/file")
	fmt.Println(errors.Is(err, os.ErrNotExist))
	var nilErr error
	fmt.Println(errors.Is(nilErr, ErrNotFound), errors.Is(nil, nil))
}
