package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

var errNegativeWrite = errors.New("bufio: writer returned negative count from Write")

// A Writer buffers output for an io.Writer: data reaches it only when the
// buffer fills or at Flush. After a write error every call returns it.
type Writer struct {
	buf []byte
	n   int // bytes buffered
	wr  io.Writer
	err error
}

func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

// NewWriterSize returns w itself if it already is a big enough Writer.
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

func (b *Writer) Size() int      { return len(b.buf) }
func (b *Writer) Buffered() int  { return b.n }
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer returns an empty slice over the free space, for
// appending to and then passing to Write.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// Reset drops buffered data and the sticky error and writes to w.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.n = 0
	b.err = nil
	b.wr = w
}

// Flush writes out the buffer. On a short write the unwritten rest stays
// buffered and the error sticks.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[:b.n])
	if n < 0 {
		panic(errNegativeWrite)
	}
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		copy(b.buf, b.buf[n:b.n])
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Write buffers p. What does not fit is either written straight through
// (when nothing is buffered) or used to top up the buffer before a Flush.
func (b *Writer) Write(p []byte) (int, error) {
	total := 0
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.n == 0 {
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		total += n
		p = p[n:]
	}
	if b.err != nil {
		return total, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return total + n, nil
}

// WriteString is Write for strings, passing long ones straight to an
// io.StringWriter so they need not be converted.
func (b *Writer) WriteString(s string) (int, error) {
	sw, direct := b.wr.(io.StringWriter)
	total := 0
	for len(s) > b.Available() && b.err == nil {
		var n int
		if direct && b.n == 0 {
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		total += n
		s = s[n:]
	}
	if b.err != nil {
		return total, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return total + n, nil
}

func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune encodes r as UTF-8 into the buffer, flushing first if the
// encoding might not fit.
func (b *Writer) WriteRune(r rune) (int, error) {
	if r >= 0 && r < utf8.RuneSelf {
		if err := b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		// A buffer smaller than UTFMax can still take the rune in parts.
		if b.Available() < utf8.UTFMax {
			return b.WriteString(string(r))
		}
	}
	n := utf8.EncodeRune(b.buf[b.n:], r)
	b.n += n
	return n, nil
}

// ReadFrom reads r to EOF through the buffer; with an empty buffer and
// an io.ReaderFrom underneath it hands r over directly.
func (b *Writer) ReadFrom(r io.Reader) (int64, error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, canRF := b.wr.(io.ReaderFrom)
	var total int64
	for {
		if b.Available() == 0 {
			if err := b.Flush(); err != nil {
				return total, err
			}
		}
		if canRF && b.n == 0 {
			n, err := rf.ReadFrom(r)
			b.err = err
			return total + n, err
		}
		n, err := b.readOnce(r)
		b.n += n
		total += int64(n)
		if err == io.EOF {
			return total, b.flushIfFull()
		}
		if err != nil {
			return total, err
		}
	}
}

// readOnce reads into the free space, retrying empty reads.
func (b *Writer) readOnce(r io.Reader) (int, error) {
	for i := 0; i < maxEmptyReads; i++ {
		n, err := r.Read(b.buf[b.n:])
		if n != 0 || err != nil {
			return n, err
		}
	}
	return 0, io.ErrNoProgress
}

// flushIfFull ends ReadFrom at EOF: a full buffer is written out now, so
// the caller sees any write error.
func (b *Writer) flushIfFull() error {
	if b.Available() == 0 {
		return b.Flush()
	}
	return nil
}

// ReadWriter joins a Reader and a Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}
