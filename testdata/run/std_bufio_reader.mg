// bufio.Reader: ReadString, ReadLine (with \r\n and a line longer than the
// buffer), ReadByte/UnreadByte, ReadRune/UnreadRune, Peek, ReadBytes, and
// io.ReadAll of what is left.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("line one\nline two\r\nlast"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(strings.NewReader("ab\r\ncd\n"+strings.Repeat("e", 20)), 16)
	fmt.Println("size", r.Size())
	for {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("h€!"))
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadByte(), r.UnreadByte())
	for {
		ch, size, err := r.ReadRune()
		if err == io.EOF {
			break
		}
		fmt.Println(string(ch), size, err)
	}
	fmt.Println(r.UnreadRune(), r.Buffered())
	_, err := r.ReadByte()
	fmt.Println(err, r.UnreadRune())

	r = bufio.NewReader(strings.NewReader("peekaboo"))
	p, err := r.Peek(4)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	bs, err := bufio.NewReader(strings.NewReader("k=v;x")).ReadBytes(';')
	fmt.Printf("%q %v\n", bs, err)
	n, err := bufio.NewReader(strings.NewReader("discard me")).Discard(8)
	fmt.Println(n, err)
}
