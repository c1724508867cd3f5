// Package io: the basic interfaces (Reader, Writer and their byte, rune
// and string forms), the end-of-input errors, and the helpers programs
// use most: ReadAll, ReadFull, ReadAtLeast, Copy, CopyN, CopyBuffer,
// WriteString and Discard. Pipes, sections, multi readers and LimitReader
// are not provided.
package io

import "errors"

// Seek whence values.
const (
	SeekStart   = 0 // from the start
	SeekCurrent = 1 // from the current position
	SeekEnd     = 2 // from the end
)

// EOF: the input is used up, the normal end of reading.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF: the input ended part way through something that
// needed a fixed number of bytes.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite: a Write took fewer bytes than it was given yet reported
// no error.
var ErrShortWrite = errors.New("short write")

// errInvalidWrite: a Write reported a negative count or more than it was given.
var errInvalidWrite = errors.New("invalid write result")

// ErrShortBuffer: the buffer cannot hold what the read must return.
var ErrShortBuffer = errors.New("short buffer")

// ErrNoProgress: a Reader kept returning neither data nor an error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// Writer is anything bytes can be written to.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Reader is anything bytes can be read from; it returns EOF at the end.
type Reader interface {
	Read(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, without a []byte copy when w has WriteString.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until it holds at least min bytes. Running
// out of input after some bytes but before min is ErrUnexpectedEOF; with
// no bytes at all it is EOF.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var m int
		m, err = r.Read(buf[n:])
		n += m
	}
	if n >= min {
		return n, nil // an error that came with the last bytes is dropped
	}
	if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull reads exactly len(buf) bytes, or says why it could not.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// ReadAll reads r to its end; reaching EOF is success (err == nil).
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // let append pick the growth
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// Copy copies src to dst until EOF, which is not an error. It lets src
// write itself (WriterTo) or dst read for itself (ReaderFrom) if it can.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy through buf, unless WriterTo or ReaderFrom is used.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

// CopyN copies n bytes, or fewer with the error that stopped it (EOF if
// src ran out).
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, &limitedReader{src, n})
	if written < n && err == nil {
		err = EOF
	}
	return written, err
}

func copyBuffer(dst Writer, src Reader, buf []byte) (int64, error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		buf = make([]byte, copySize(src))
	}
	var written int64
	for {
		nr, rerr := src.Read(buf)
		if nr > 0 {
			nw, werr := writeChunk(dst, buf[:nr])
			written += int64(nw)
			if werr != nil {
				return written, werr
			}
		}
		if rerr == EOF {
			return written, nil
		}
		if rerr != nil {
			return written, rerr
		}
	}
}

// copySize is 32 KiB, or less when a CopyN limit makes a big buffer waste.
func copySize(src Reader) int64 {
	size := int64(32 * 1024)
	if l, ok := src.(*limitedReader); ok && l.n < size {
		size = l.n
		if size < 1 {
			size = 1
		}
	}
	return size
}

// writeChunk writes p, turning a short or impossible count into an error.
func writeChunk(dst Writer, p []byte) (int, error) {
	n, err := dst.Write(p)
	if n < 0 || n > len(p) {
		n = 0
		if err == nil {
			err = errInvalidWrite
		}
	}
	if n < len(p) && err == nil {
		err = ErrShortWrite
	}
	return n, err
}

// limitedReader reads at most n more bytes from r, for CopyN.
type limitedReader struct {
	r Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// Discard is a Writer that accepts everything and keeps nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// ReadFrom drains r in 8 KiB reads, so that Copy to Discard need not
// allocate a 32 KiB buffer.
func (discard) ReadFrom(r Reader) (n int64, err error) {
	buf := make([]byte, 8*1024)
	for {
		m, err := r.Read(buf)
		n += int64(m)
		if err == EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}
