// Package io: the Writer interface that fmt.Fprint* write to.
package io

// Writer is the interface that wraps the basic Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}
