// Package fmt as in Go (modern semantics): the Print, Sprint and Fprint
// families, Errorf with %w, and Scan, Scanln, Scanf and their Sscan forms
// (standard input or a string). Formatting and scanning are implemented in
// C (fmt_*.c); the Formatter and Scanner interfaces and Fscan are not
// provided.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method, which
// defines the native format for that value (%v, %s, Print).
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method,
// which defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// errorf formats like Sprintf with %w allowed and stores the indices of
// the %w operands, sorted, in *wrapped.
func errorf(format string, a []any, wrapped *[]int) string

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }

// Errorf formats according to a format specifier and returns the string
// as a value that satisfies error. With one %w operand the error has an
// Unwrap() error method; with several, an Unwrap() []error method.
func Errorf(format string, a ...any) error {
	var wrapped []int
	s := errorf(format, a, &wrapped)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

// scan and scanf scan from str, or from standard input when stdin is set;
// they return the count of operands stored and Go's error text.
func scan(str string, stdin bool, ln bool, a []any) (n int, err string)
func scanf(str string, stdin bool, format string, a []any) (n int, err string)

func scanError(msg string) error {
	switch msg {
	case "":
		return nil
	case "EOF":
		return io.EOF
	case "unexpected EOF":
		return io.ErrUnexpectedEOF
	}
	return errors.New(msg)
}

// Scan reads space-separated values (newlines count as space) from
// standard input into the operands, which must be pointers.
func Scan(a ...any) (n int, err error) {
	n, msg := scan("", true, false, a)
	return n, scanError(msg)
}

// Scanln is like Scan, but stops at a newline, which must follow the last
// operand.
func Scanln(a ...any) (n int, err error) {
	n, msg := scan("", true, true, a)
	return n, scanError(msg)
}

// Scanf scans standard input as the format directs.
func Scanf(format string, a ...any) (n int, err error) {
	n, msg := scanf("", true, format, a)
	return n, scanError(msg)
}

func Sscan(str string, a ...any) (n int, err error) {
	n, msg := scan(str, false, false, a)
	return n, scanError(msg)
}

func Sscanln(str string, a ...any) (n int, err error) {
	n, msg := scan(str, false, true, a)
	return n, scanError(msg)
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	n, msg := scanf(str, false, format, a)
	return n, scanError(msg)
}
