// strings.Reader (Read, ReadAt, ReadByte, ReadRune, UnreadRune, Seek, Len,
// Size, Reset, WriteTo through io.Copy) and io.ReadAll, ReadFull, Copy,
// CopyN, WriteString and Discard.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, world\n")
	fmt.Println(r.Len(), r.Size())
	b, err := r.ReadByte()
	fmt.Println(b, err)
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	r.Reset("copied\n")
	w, err := io.Copy(os.Stdout, r)
	fmt.Println(w, err)
	nn, err := io.WriteString(os.Stdout, "ws\n")
	fmt.Println(nn, err)
	full := make([]byte, 10)
	n, err = io.ReadFull(strings.NewReader("abc"), full)
	fmt.Println(n, err)
	n, err = io.ReadFull(strings.NewReader(""), full)
	fmt.Println(n, err)
	var sb strings.Builder
	w, err = io.CopyN(&sb, strings.NewReader("abcdef"), 4)
	fmt.Println(w, err, sb.String())
	w, err = io.CopyN(&sb, strings.NewReader("ab"), 4)
	fmt.Println(w, err, sb.String())
	w, err = io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(w, err)
	at := make([]byte, 3)
	n, err = strings.NewReader("abcdef").ReadAt(at, 4)
	fmt.Println(n, err, string(at[:n]))
}
