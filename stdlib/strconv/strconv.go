// Package strconv as in Go 1.19. Formatting, quoting and the parsers' core
// are in C (itoa.c, ftoa.c, atoi.c, atof.c, quote.c); the C parsers return a
// status that the wrappers here turn into Go's *NumError values.
package strconv

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, Atoi)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// The status codes of the C parsers (strconv.h).
const (
	statusOK = iota
	statusSyntax
	statusRange
	statusBase
	statusBitSize
)

func numError(fn, s string, status, base, bitSize int) error {
	switch status {
	case statusOK:
		return nil
	case statusSyntax:
		return &NumError{fn, s, ErrSyntax}
	case statusRange:
		return &NumError{fn, s, ErrRange}
	case statusBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)
func unquote(s string) (string, bool)

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, status := parseInt(s, base, bitSize)
	return v, numError("ParseInt", s, status, base, bitSize)
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, status := parseUint(s, base, bitSize)
	return v, numError("ParseUint", s, status, base, bitSize)
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, status := parseFloat(s, bitSize)
	return v, numError("ParseFloat", s, status, 10, bitSize)
}

func Atoi(s string) (int, error) {
	v, status := parseInt(s, 10, 0)
	return int(v), numError("Atoi", s, status, 10, 0)
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func Itoa(i int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func IsPrint(r rune) bool
func CanBackquote(s string) bool

func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}
