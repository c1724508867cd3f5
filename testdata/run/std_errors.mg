package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TimeoutErr struct{}

func (TimeoutErr) Error() string   { return "timeout" }
func (TimeoutErr) Is(t error) bool { return t == ErrNotFound }

func find(key string) error {
	if key == "" {
		return &QueryError{"empty", ErrNotFound}
	}
	return nil
}

func main() {
	a, b := errors.New("same"), errors.New("same")
	fmt.Println(a == b, a == a, a.Error() == b.Error())

	err := find("")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	wrapped := fmt.Errorf("lookup failed: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Is(wrapped, a), errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)

	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("as QueryError:", qe.Query)
	}
	var te TimeoutErr
	fmt.Println(errors.As(wrapped, &te), errors.Is(TimeoutErr{}, ErrNotFound))

	_, perr := strconv.Atoi("12x")
	var ne *strconv.NumError
	fmt.Println(errors.As(fmt.Errorf("parse: %w", perr), &ne), ne.Num, errors.Is(perr, strconv.ErrSyntax))

	var target interface{ Unwrap() error }
	fmt.Println(errors.As(wrapped, &target), target != nil)
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil), errors.Unwrap(ErrNotFound) == nil, find("k") == nil)
}
