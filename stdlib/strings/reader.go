package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Reader reads from a string; it is an io.Reader, ReaderAt, ByteScanner,
// RuneScanner, Seeker and WriterTo. The zero value reads an empty string.
type Reader struct {
	s        string
	pos      int64 // may lie beyond len(s) after a Seek
	lastRune int   // where the last ReadRune started; -1 after any other call
}

// NewReader returns a Reader of s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Reset makes r read s from its start.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// Len returns the number of bytes not yet read.
func (r *Reader) Len() int {
	if r.pos >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.pos)
}

// Size returns the length of the whole string, whatever has been read.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// rest returns the unread part of the string.
func (r *Reader) rest() string { return r.s[int64(len(r.s))-int64(r.Len()):] }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.Len() == 0 {
		return 0, io.EOF
	}
	r.lastRune = -1
	n = copy(b, r.rest())
	r.pos += int64(n)
	return n, nil
}

// ReadAt reads from offset off without moving the read position.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF // ReaderAt must explain a short read
	}
	return n, err
}

func (r *Reader) ReadByte() (byte, error) {
	r.lastRune = -1
	if r.Len() == 0 {
		return 0, io.EOF
	}
	c := r.s[r.pos]
	r.pos++
	return c, nil
}

func (r *Reader) UnreadByte() error {
	if r.pos <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.lastRune = -1
	r.pos--
	return nil
}

// ReadRune decodes the next UTF-8 sequence; invalid bytes read as
// utf8.RuneError of size 1.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.Len() == 0 {
		r.lastRune = -1
		return 0, 0, io.EOF
	}
	r.lastRune = int(r.pos)
	ch, size = utf8.DecodeRuneInString(r.rest())
	r.pos += int64(size)
	return ch, size, nil
}

// UnreadRune steps back over the rune just read; only one step is remembered.
func (r *Reader) UnreadRune() error {
	if r.pos <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.lastRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.pos = int64(r.lastRune)
	r.lastRune = -1
	return nil
}

// Seek moves the read position; seeking past the end is allowed and
// makes the next read return io.EOF.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.lastRune = -1
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		offset += r.pos
	case io.SeekEnd:
		offset += int64(len(r.s))
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if offset < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.pos = offset
	return offset, nil
}

// WriteTo writes the unread part of the string to w, which lets io.Copy
// skip its buffer.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.lastRune = -1
	s := r.rest()
	if s == "" {
		return 0, nil
	}
	m, err := io.WriteString(w, s)
	if m > len(s) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.pos += int64(m)
	if m < len(s) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}
