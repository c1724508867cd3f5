// strings.Reader error paths and edge cases: the zero Reader, UnreadByte
// and UnreadRune at the start and after other calls, invalid UTF-8, Seek
// whence and position errors, reading after seeking past the end, ReadAt
// bounds, WriteTo with short and lying writers.
package main

import (
	"fmt"
	"io"
	"strings"
)

// shortWriter takes at most max bytes per call without reporting an error.
type shortWriter struct{ max int }

func (w shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.max {
		return w.max, nil
	}
	return len(p), nil
}

// liar claims one byte more than it was given.
type liar struct{}

func (liar) Write(p []byte) (int, error) { return len(p) + 1, nil }

func zero() {
	var r strings.Reader
	fmt.Println(r.Len(), r.Size())
	fmt.Println(r.UnreadRune())
	fmt.Println(r.UnreadByte())
	b, err := r.ReadByte()
	fmt.Println(b, err)
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err)
}

func unread() {
	r := strings.NewReader("aé\xffz")
	for i := 0; i < 5; i++ {
		ch, size, err := r.ReadRune()
		fmt.Printf("%q %d %v len=%d\n", ch, size, err, r.Len())
	}
	fmt.Println("after EOF:", r.UnreadRune())
	r.Seek(1, io.SeekStart)
	r.ReadRune()
	fmt.Println(r.UnreadRune(), r.Len())
	r.ReadRune()
	r.ReadByte()
	fmt.Println("after ReadByte:", r.UnreadRune(), r.UnreadByte(), r.Len())
	r.ReadRune()
	r.UnreadByte()
	fmt.Println("after UnreadByte:", r.UnreadRune(), r.Len())
	r.ReadRune()
	r.Seek(0, io.SeekCurrent)
	fmt.Println("after Seek:", r.UnreadRune())
	r.Reset("xyz")
	r.ReadRune()
	r.ReadRune()
	r.ReadRune()
	r.Read(make([]byte, 1))
	fmt.Println("Read at EOF keeps it:", r.UnreadRune(), r.Len())
	r.Reset("q")
	r.ReadRune()
	r.ReadAt(make([]byte, 1), 0)
	fmt.Println("ReadAt keeps it:", r.UnreadRune())
}

func seek() {
	r := strings.NewReader("0123456789")
	for _, c := range []struct {
		off    int64
		whence int
	}{{3, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {-20, io.SeekCurrent}, {1, 3}, {20, io.SeekStart}} {
		pos, err := r.Seek(c.off, c.whence)
		fmt.Println("seek", c.off, c.whence, pos, err, r.Len())
	}
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println("read past end:", n, err)
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte(), r.Len())
	n, err = r.Read(buf[:0])
	fmt.Println(n, err)
	r.Seek(0, io.SeekStart)
	n, err = r.Read(buf[:0])
	fmt.Println("empty read:", n, err)
	w, err := r.WriteTo(shortWriter{100})
	fmt.Println("WriteTo from the start:", w, err)
}

func readAt() {
	r := strings.NewReader("abcdef")
	buf := make([]byte, 4)
	for _, off := range []int64{-1, 0, 2, 3, 6, 7} {
		n, err := r.ReadAt(buf, off)
		fmt.Printf("ReadAt %d: %d %v %q\n", off, n, err, buf[:n])
	}
	fmt.Println(r.Len())
}

func writeTo() {
	r := strings.NewReader("abcdef")
	r.ReadByte()
	n, err := r.WriteTo(shortWriter{2})
	fmt.Println("short:", n, err, err == io.ErrShortWrite, r.Len())
	var sb strings.Builder
	n, err = r.WriteTo(&sb)
	fmt.Println("rest:", n, err, sb.String(), r.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReader("xy").WriteTo(liar{})
}

func main() {
	zero()
	unread()
	seek()
	readAt()
	writeTo()
}
