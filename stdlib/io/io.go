// Package io: the Writer interface that fmt.Fprint* write to, and the
// end-of-input errors that fmt's Scan functions return.
package io

import "errors"

// EOF is the error returned when no more input is available.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means that EOF was encountered in the middle of
// reading a value.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// Writer is the interface that wraps the basic Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Reader is the interface that wraps the basic Read method.
type Reader interface {
	Read(p []byte) (n int, err error)
}
