// bufio.Reader/Writer edge cases: ReadLine pieces with isPrefix and a
// "\r\n" split across them, ReadSlice ErrBufferFull, Peek beyond the
// buffer and beyond EOF, Discard past EOF, negative counts, UnreadByte
// after a direct Read, reuse of a big enough Reader/Writer, Reset, a
// sticky write error after a short write, WriteRune on a tiny buffer and
// ReadFrom handing over to an io.ReaderFrom.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// shortW accepts at most max bytes in all, then fails.
type shortW struct {
	got []byte
	max int
}

func (w *shortW) Write(p []byte) (int, error) {
	n := len(p)
	if len(w.got)+n > w.max {
		n = w.max - len(w.got)
	}
	w.got = append(w.got, p[:n]...)
	if n < len(p) {
		return n, errors.New("disk full")
	}
	return n, nil
}

// chunks returns its input in reads of at most 3 bytes.
type chunks struct{ s string }

func (c *chunks) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	if len(p) > 3 {
		p = p[:3]
	}
	n := copy(p, c.s)
	c.s = c.s[n:]
	return n, nil
}

func main() {
	r := bufio.NewReaderSize(strings.NewReader(strings.Repeat("a", 15)+"\r\n"+strings.Repeat("b", 40)+"\nlast\r"), 16)
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReaderSize(&chunks{"0123456789abcdefXYZ;tail"}, 16)
	s, err := r.ReadSlice(';')
	fmt.Printf("slice %q %v\n", s, err)
	s, err = r.ReadSlice(';')
	fmt.Printf("slice %q %v\n", s, err)
	s, err = r.ReadSlice(';')
	fmt.Printf("slice %q %v\n", s, err)
	str, err := bufio.NewReaderSize(&chunks{strings.Repeat("long", 10) + "!x"}, 16).ReadString('!')
	fmt.Printf("string %q %v\n", str, err)

	r = bufio.NewReaderSize(strings.NewReader("peek"), 16)
	p, err := r.Peek(20)
	fmt.Printf("peek20 %q %v\n", p, err)
	p, err = r.Peek(10)
	fmt.Printf("peek10 %q %v\n", p, err)
	p, err = r.Peek(-1)
	fmt.Printf("peek-1 %q %v\n", p, err)
	n, err := r.Discard(-1)
	fmt.Println("discard-1", n, err)
	n, err = r.Discard(10)
	fmt.Println("discard10", n, err)
	n, err = r.Discard(1)
	fmt.Println("discard1", n, err)
	fmt.Println(r.UnreadByte())

	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("d", 40)), 16)
	buf := make([]byte, 32)
	n, err = r.Read(buf)
	fmt.Println("direct", n, err, r.Buffered(), r.UnreadByte(), r.Buffered())
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.Buffered())
	n, err = r.Read(buf[:0])
	fmt.Println("empty read", n, err)

	big := bufio.NewReaderSize(strings.NewReader("x"), 64)
	fmt.Println(bufio.NewReaderSize(big, 32) == big, bufio.NewReaderSize(big, 128) == big, bufio.NewReaderSize(nil, 3).Size())
	big.Reset(strings.NewReader("reset"))
	rest, _ := io.ReadAll(big)
	fmt.Printf("%q %d\n", rest, big.Size())

	sw := &shortW{max: 5}
	w := bufio.NewWriterSize(sw, 4)
	n, err = w.WriteString("abc")
	fmt.Println(n, err, w.Buffered())
	n, err = w.Write([]byte("defgh"))
	fmt.Println(n, err, w.Buffered(), w.Available())
	fmt.Println(w.WriteByte('z'), w.Flush())
	n, err = w.WriteRune('é')
	fmt.Printf("%d %v %q\n", n, err, sw.got)
	w.Reset(sw)
	sw.max = 100
	fmt.Println(w.Buffered(), w.Flush())

	var sb strings.Builder
	tiny := bufio.NewWriterSize(&sb, 2)
	for _, c := range "a€😀" {
		n, err := tiny.WriteRune(c)
		fmt.Print(n, err, " ")
	}
	tiny.Flush()
	fmt.Printf("%q %d\n", sb.String(), bufio.NewWriterSize(&sb, 0).Size())

	var out strings.Builder
	inner := bufio.NewWriter(&out)
	fmt.Println(bufio.NewWriterSize(inner, 100) == inner, bufio.NewWriterSize(inner, 8192) == inner)
	outer := bufio.NewWriterSize(inner, 8192)
	m, err := outer.ReadFrom(&chunks{"via inner ReadFrom"})
	fmt.Printf("%d %v %d %d %q\n", m, err, outer.Buffered(), inner.Buffered(), out.String())
	inner.Flush()
	fmt.Printf("%q\n", out.String())
}
