// bufio.Writer really buffers: output written through it appears at Flush
// (after the fmt.Println calls made meanwhile), a write larger than the
// buffer goes straight through, and a Writer that is never flushed loses
// its output, as in Go.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("string\n")
	w.WriteByte('b')
	w.WriteRune('€')
	w.Write([]byte("\n"))
	io.WriteString(w, "io.WriteString\n")
	fmt.Println("before flush:", w.Buffered(), w.Available(), w.Size())
	fmt.Println(w.Flush())
	fmt.Println("after flush:", w.Buffered())

	ws := bufio.NewWriterSize(os.Stdout, 16)
	ws.WriteString("tail ")
	ws.WriteString("this string is longer than sixteen bytes\n")
	ws.WriteString("second tail")
	fmt.Println("<-direct")
	ws.Flush()
	fmt.Println()

	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	io.Copy(bw, strings.NewReader("copied via ReadFrom"))
	fmt.Printf("%q\n", sb.String())
	bw.Flush()
	fmt.Printf("%q\n", sb.String())

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw\n")), bufio.NewWriter(os.Stdout))
	s, _ := rw.ReadString('\n')
	rw.WriteString("got " + s)
	rw.Flush()

	lost := bufio.NewWriter(os.Stdout)
	lost.WriteString("this is never flushed\n")
	fmt.Println("end")
}
