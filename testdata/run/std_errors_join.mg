// Expected output hand-derived: errors.Join and several %w verbs in one
// Errorf need Go 1.20, newer than the installed go.
package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("a failed")
var ErrB = errors.New("b failed")

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB))
	fmt.Println(errors.Join(nil, nil) == nil)

	w := fmt.Errorf("both: %w and %w", ErrA, &CodeErr{7})
	fmt.Println(w)
	fmt.Println(errors.Is(w, ErrA), errors.Unwrap(w) == nil)
	var ce *CodeErr
	fmt.Println(errors.As(w, &ce), ce.Code)

	nested := fmt.Errorf("outer: %w", errors.Join(fmt.Errorf("inner: %w", ErrB), &CodeErr{9}))
	fmt.Println(errors.Is(nested, ErrB), errors.As(nested, &ce), ce.Code)
	fmt.Println(nested)

	var target *CodeErr
	fmt.Println(errors.As(errors.Join(ErrA), &target), target == nil)
	fmt.Println(errors.As(nil, &target), errors.Is(errors.Join(ErrA), ErrB))
}
