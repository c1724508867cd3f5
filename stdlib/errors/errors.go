// Package errors as in modern Go: New, Is, As, Unwrap and Join, following
// both Unwrap() error and Unwrap() []error chains. Type descriptors are
// read in errors.c.
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns an error whose Error method returns text; each call returns
// a distinct value, even for the same text.
func New(text string) error {
	return &errorString{text}
}

func Unwrap(err error) error {
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		return u.Unwrap()
	}
	return nil
}

// comparable reports whether the dynamic type of err is comparable.
func comparable(err error) bool

func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	return is(err, target, comparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		switch x := err.(type) {
		case interface{ Is(error) bool }:
			if x.Is(target) {
				return true
			}
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// checkTarget validates As's target: 0 when usable, else which rule it breaks.
func checkTarget(target any) int

// assignTo stores err in *target when err's type is assignable to it.
func assignTo(err error, target any) bool

func As(err error, target any) bool {
	if err == nil {
		return false
	}
	switch checkTarget(target) {
	case 1:
		panic("errors: target cannot be nil")
	case 2:
		panic("errors: target must be a non-nil pointer")
	case 3:
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		switch x := err.(type) {
		case interface{ As(any) bool }:
			if x.As(target) {
				return true
			}
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error { return e.errs }

// Join returns an error wrapping the non-nil errs, or nil if there are none.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}
