package bufio

import (
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

const (
	defaultBufSize = 4096
	minReadBufSize = 16
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
	errNegativeRead      = errors.New("bufio: reader returned negative count from Read")
)

// A Reader buffers an io.Reader. Unread data is buf[r:w]; lastByte and
// lastRune (its size) remember what UnreadByte/UnreadRune may undo.
type Reader struct {
	buf      []byte
	rd       io.Reader
	r, w     int
	err      error // pending read error, reported once the buffer is empty
	lastByte int   // -1: none
	lastRune int   // -1: none
}

func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

// NewReaderSize returns rd itself if it already is a big enough Reader.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	if size < minReadBufSize {
		size = minReadBufSize
	}
	b := &Reader{}
	b.reset(make([]byte, size), rd)
	return b
}

func (b *Reader) Size() int     { return len(b.buf) }
func (b *Reader) Buffered() int { return b.w - b.r }

// Reset drops any buffered data and reads from rd from now on.
func (b *Reader) Reset(rd io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.reset(b.buf, rd)
}

func (b *Reader) reset(buf []byte, rd io.Reader) {
	*b = Reader{buf: buf, rd: rd, lastByte: -1, lastRune: -1}
}

// forget disables UnreadByte and UnreadRune.
func (b *Reader) forget() {
	b.lastByte = -1
	b.lastRune = -1
}

// takeErr returns the pending error and clears it, so it is seen once.
func (b *Reader) takeErr() error {
	err := b.err
	b.err = nil
	return err
}

// fill moves unread data to the front and reads once more into the free
// space, retrying a reader that returns neither data nor error.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for i := 0; i < maxEmptyReads; i++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// Read reads into p with at most one Read of the underlying reader; a
// large p on an empty buffer is read into directly.
func (b *Reader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			return b.readDirect(p)
		}
		b.r, b.w = 0, 0
		n, err := b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		b.err = err
		if n == 0 {
			return 0, b.takeErr()
		}
		b.w = n
	}
	n := copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRune = -1
	return n, nil
}

func (b *Reader) readDirect(p []byte) (int, error) {
	n, err := b.rd.Read(p)
	if n < 0 {
		panic(errNegativeRead)
	}
	b.err = err
	if n > 0 {
		b.lastByte = int(p[n-1])
		b.lastRune = -1
	}
	return n, b.takeErr()
}

func (b *Reader) ReadByte() (byte, error) {
	b.lastRune = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.takeErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte puts back the last byte read, even when the buffer has been
// emptied since (then it becomes the only buffered byte).
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		b.w = 1
	}
	b.buf[b.r] = byte(b.lastByte)
	b.forget()
	return nil
}

// ReadRune decodes one UTF-8 rune; an invalid byte reads as U+FFFD of
// size 1.
func (b *Reader) ReadRune() (rune, int, error) {
	for b.Buffered() < utf8.UTFMax && !utf8.FullRune(b.buf[b.r:b.w]) &&
		b.err == nil && b.Buffered() < len(b.buf) {
		b.fill()
	}
	b.lastRune = -1
	if b.r == b.w {
		return 0, 0, b.takeErr()
	}
	r, size := rune(b.buf[b.r]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	}
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRune = size
	return r, size, nil
}

// UnreadRune only undoes a ReadRune that was the last read call.
func (b *Reader) UnreadRune() error {
	if b.lastRune < 0 || b.r < b.lastRune {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRune
	b.forget()
	return nil
}

// Peek returns the next n bytes without consuming them; they stay valid
// until the next read call.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forget()
	for b.Buffered() < n && b.Buffered() < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	if b.Buffered() >= n {
		return b.buf[b.r : b.r+n], nil
	}
	err := b.takeErr()
	if err == nil {
		err = ErrBufferFull
	}
	return b.buf[b.r:b.w], err
}

// Discard skips n bytes, reporting how many it could skip.
func (b *Reader) Discard(n int) (int, error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.forget()
	left := n
	for {
		if b.r == b.w && b.err == nil {
			b.fill()
		}
		skip := b.Buffered()
		if skip > left {
			skip = left
		}
		b.r += skip
		left -= skip
		if left == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - left, b.takeErr()
		}
	}
}

// ReadSlice returns the data up to and including delim as a view of the
// buffer, or the whole buffer with ErrBufferFull if delim does not fit.
func (b *Reader) ReadSlice(delim byte) ([]byte, error) {
	var line []byte
	var err error
	seen := 0 // bytes already searched
	for {
		if i := indexByte(b.buf[b.r+seen:b.w], delim); i >= 0 {
			end := b.r + seen + i + 1
			line = b.buf[b.r:end]
			b.r = end
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.takeErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		seen = b.Buffered()
		b.fill()
	}
	if len(line) > 0 {
		b.lastByte = int(line[len(line)-1])
		b.lastRune = -1
	}
	return line, err
}

func indexByte(p []byte, c byte) int {
	for i, x := range p {
		if x == c {
			return i
		}
	}
	return -1
}

// ReadLine returns one line without its "\n" or "\r\n". A line longer
// than the buffer comes in pieces with isPrefix set on all but the last.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// Keep a trailing '\r' for the next piece: it may start "\r\n".
		if n := len(line); n > 0 && line[n-1] == '\r' {
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:n-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	if line[len(line)-1] == '\n' {
		line = trimCR(line[:len(line)-1])
	}
	return line, false, nil
}

// readFull reads up to and including delim, returning the full buffers
// seen on the way (copies) and the final piece (a view of the buffer).
func (b *Reader) readFull(delim byte) (full [][]byte, last []byte, n int, err error) {
	for {
		piece, e := b.ReadSlice(delim)
		n += len(piece)
		if e != ErrBufferFull {
			return full, piece, n, e
		}
		full = append(full, append([]byte(nil), piece...))
	}
}

// ReadBytes is ReadSlice without the buffer-size limit; it returns a
// fresh slice.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, n, err := b.readFull(delim)
	out := make([]byte, 0, n)
	for _, p := range full {
		out = append(out, p...)
	}
	return append(out, last...), err
}

func (b *Reader) ReadString(delim byte) (string, error) {
	full, last, n, err := b.readFull(delim)
	var sb strings.Builder
	sb.Grow(n)
	for _, p := range full {
		sb.Write(p)
	}
	sb.Write(last)
	return sb.String(), err
}

// WriteTo hands the buffered data and then the rest of the input to w,
// using the fastest path either side offers (io.Copy prefers it).
func (b *Reader) WriteTo(w io.Writer) (int64, error) {
	b.forget()
	n, err := b.flushTo(w)
	if err != nil {
		return n, err
	}
	if wt, ok := b.rd.(io.WriterTo); ok {
		m, err := wt.WriteTo(w)
		return n + m, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		m, err := rf.ReadFrom(b.rd)
		return n + m, err
	}
	for b.err == nil {
		b.fill()
		m, err := b.flushTo(w)
		n += m
		if err != nil {
			return n, err
		}
	}
	if err := b.takeErr(); err != io.EOF {
		return n, err
	}
	return n, nil
}

// flushTo writes the buffered data to w.
func (b *Reader) flushTo(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.r:b.w])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.r += n
	return int64(n), err
}
