// io edge cases: ReadAtLeast/ReadFull errors, ReadAll growth and errors,
// CopyN limits and read sizes, Copy preferring WriterTo and ReaderFrom,
// short and invalid writes, CopyBuffer, WriteString and Discard.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunky returns at most max bytes per Read, logs each request size when
// verbose, and can return its data together with EOF.
type chunky struct {
	s       string
	max     int
	eofWith bool
	verbose bool
}

func (c *chunky) Read(p []byte) (int, error) {
	if c.verbose {
		fmt.Println("  read", len(p))
	}
	if c.s == "" {
		return 0, io.EOF
	}
	n := copy(p, c.s)
	if n > c.max {
		n = c.max
	}
	c.s = c.s[n:]
	if c.eofWith && c.s == "" {
		return n, io.EOF
	}
	return n, nil
}

// failing returns some bytes, then a non-EOF error.
type failing struct{ left int }

var errBroken = errors.New("broken")

func (f *failing) Read(p []byte) (int, error) {
	if f.left == 0 {
		return 0, errBroken
	}
	p[0] = 'x'
	f.left--
	return 1, nil
}

// shortWriter accepts at most max bytes per Write, reporting no error.
type shortWriter struct{ max int }

func (w shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.max {
		return w.max, nil
	}
	return len(p), nil
}

// liar claims to have written more than it was given.
type liar struct{}

func (liar) Write(p []byte) (int, error) { return len(p) + 1, nil }

// plainWriter has Write only, so WriteString must convert.
type plainWriter struct{ got []string }

func (w *plainWriter) Write(p []byte) (int, error) {
	w.got = append(w.got, "Write:"+string(p))
	return len(p), nil
}

type stringWriter struct{ plainWriter }

func (w *stringWriter) WriteString(s string) (int, error) {
	w.got = append(w.got, "WriteString:"+s)
	return len(s), nil
}

// selfWriter implements WriterTo; sink implements ReaderFrom.
type selfWriter struct{ chunky }

func (s *selfWriter) WriteTo(w io.Writer) (int64, error) {
	fmt.Println("  WriteTo called")
	n, err := io.WriteString(w, s.s)
	return int64(n), err
}

type sink struct{ n int64 }

func (s *sink) Write(p []byte) (int, error) { return len(p), nil }

func (s *sink) ReadFrom(r io.Reader) (int64, error) {
	fmt.Println("  ReadFrom called")
	b, err := io.ReadAll(r)
	s.n += int64(len(b))
	return int64(len(b)), err
}

func readAtLeast() {
	buf := make([]byte, 5)
	n, err := io.ReadAtLeast(strings.NewReader("abcdef"), buf, 6)
	fmt.Println("short buffer:", n, err, err == io.ErrShortBuffer)
	n, err = io.ReadAtLeast(strings.NewReader(""), buf, 0)
	fmt.Println("min 0:", n, err)
	n, err = io.ReadAtLeast(&chunky{s: "abcdef", max: 2}, buf, 3)
	fmt.Println("at least 3:", n, err, string(buf[:n]))
	n, err = io.ReadFull(&chunky{s: "abc", max: 1}, buf)
	fmt.Println("full short:", n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(&chunky{s: "abcde", max: 5, eofWith: true}, buf)
	fmt.Println("full with EOF:", n, err)
	n, err = io.ReadFull(&chunky{}, buf)
	fmt.Println("full empty:", n, err, err == io.EOF)
	n, err = io.ReadFull(&failing{2}, buf)
	fmt.Println("full failing:", n, err, string(buf[:n]))
}

func readAll() {
	long := strings.Repeat("0123456789", 150)
	b, err := io.ReadAll(strings.NewReader(long))
	fmt.Println("all long:", len(b), err, string(b) == long)
	b, err = io.ReadAll(&chunky{s: "one byte at a time", max: 1})
	fmt.Printf("all chunky: %q %v\n", b, err)
	b, err = io.ReadAll(&chunky{s: "eof with data", max: 100, eofWith: true})
	fmt.Printf("all eofWith: %q %v\n", b, err)
	b, err = io.ReadAll(&failing{3})
	fmt.Printf("all failing: %q %v\n", b, err)
	b, err = io.ReadAll(strings.NewReader(""))
	fmt.Println("all empty:", len(b), b != nil, err)
}

func copyN() {
	var sb strings.Builder
	w, err := io.CopyN(&sb, &chunky{s: "abcdefgh", max: 3, verbose: true}, 5)
	fmt.Println("copyN 5:", w, err, sb.String())
	sb.Reset()
	w, err = io.CopyN(&sb, strings.NewReader("abc"), 0)
	fmt.Println("copyN 0:", w, err, sb.Len())
	w, err = io.CopyN(&sb, strings.NewReader("abc"), -1)
	fmt.Println("copyN -1:", w, err, sb.Len())
	w, err = io.CopyN(&sb, strings.NewReader("abc"), 10)
	fmt.Println("copyN past end:", w, err, sb.String())
	w, err = io.CopyN(&sb, &failing{2}, 10)
	fmt.Println("copyN failing:", w, err)
	w, err = io.CopyN(shortWriter{1 << 20}, &chunky{s: strings.Repeat("z", 40000), max: 40000, verbose: true}, 40000)
	fmt.Println("copyN big:", w, err)
}

func copies() {
	w, err := io.Copy(shortWriter{3}, strings.NewReader("abcdef"))
	fmt.Println("short write (WriterTo):", w, err, err == io.ErrShortWrite)
	w, err = io.Copy(shortWriter{3}, &chunky{s: "abcdef", max: 10})
	fmt.Println("short write:", w, err, err == io.ErrShortWrite)
	w, err = io.Copy(liar{}, &chunky{s: "abc", max: 10})
	fmt.Println("liar:", w, err)
	w, err = io.Copy(&sink{}, &selfWriter{chunky{s: "self", max: 10}})
	fmt.Println("WriterTo first:", w, err)
	w, err = io.Copy(&sink{}, &chunky{s: "sunk", max: 10})
	fmt.Println("ReaderFrom:", w, err)
	w, err = io.Copy(io.Discard, &chunky{s: "to discard", max: 4, verbose: true})
	fmt.Println("Discard:", w, err)
	var sb strings.Builder
	w, err = io.CopyBuffer(&sb, &chunky{s: "buffered", max: 10, verbose: true}, make([]byte, 3))
	fmt.Println("CopyBuffer:", w, err, sb.String())
	w, err = io.Copy(&sb, &failing{1})
	fmt.Println("Copy failing:", w, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&sb, &chunky{s: "x", max: 1}, []byte{})
	}()
}

func writeString() {
	pw := &plainWriter{}
	sw := &stringWriter{}
	io.WriteString(pw, "a")
	n, err := io.WriteString(sw, "bc")
	fmt.Println(pw.got, sw.got, n, err)
	n, err = io.WriteString(io.Discard, "gone")
	fmt.Println("discard:", n, err)
	n, err = io.Discard.Write([]byte("gone too"))
	fmt.Println("discard:", n, err)
}

func main() {
	readAtLeast()
	readAll()
	copyN()
	copies()
	writeString()
}
