// bufio.Scanner edge cases: ScanWords on every Unicode space, runes split
// across one-byte reads, Buffer with long lines and ErrTooLong, custom
// split functions ending with ErrFinalToken (also an empty final token)
// or failing with ErrNegativeAdvance/ErrAdvanceTooFar/ErrBadReadCount/a
// custom error, and the panics of Buffer/Split after Scan and of endless
// empty tokens.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// oneByte returns its input one byte per Read.
type oneByte struct{ s string }

func (o *oneByte) Read(p []byte) (int, error) {
	if o.s == "" {
		return 0, io.EOF
	}
	p[0] = o.s[0]
	o.s = o.s[1:]
	return 1, nil
}

// liar claims to have read more than it was asked for.
type liar struct{}

func (liar) Read(p []byte) (int, error) { return len(p) + 1, nil }

func show(name string, sc *bufio.Scanner) {
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%s: %q err=%v\n", name, toks, sc.Err())
}

func withSplit(r io.Reader, split bufio.SplitFunc) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Split(split)
	return sc
}

// untilStop ends the scan at the word "STOP", which is not a token.
func untilStop(data []byte, atEOF bool) (int, []byte, error) {
	adv, tok, err := bufio.ScanWords(data, atEOF)
	if string(tok) == "STOP" {
		return adv, []byte("last"), bufio.ErrFinalToken
	}
	return adv, tok, err
}

// emptyLast gives each ';'-terminated field and then one empty final token.
func emptyLast(data []byte, atEOF bool) (int, []byte, error) {
	for i, c := range data {
		if c == ';' {
			return i + 1, data[:i], nil
		}
	}
	if atEOF {
		return len(data), []byte{}, bufio.ErrFinalToken
	}
	return 0, nil, nil
}

func negative(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil }

func tooFar(data []byte, atEOF bool) (int, []byte, error) {
	return len(data) + 1, data, nil
}

var errCustom = errors.New("custom split error")

func failing(data []byte, atEOF bool) (int, []byte, error) {
	if data[0] == '!' {
		return 0, nil, errCustom
	}
	return 1, data[:1], nil
}

// forever, at EOF, returns an empty token without consuming anything.
func forever(data []byte, atEOF bool) (int, []byte, error) {
	if !atEOF {
		return 1, data[:1], nil
	}
	return 0, []byte{}, nil
}

func catch(name string, f func()) {
	defer func() { fmt.Println(name, "panic:", recover()) }()
	f()
}

func main() {
	spaces := "\u0085a\u00a0b\u1680c\u2000d\u2005e\u200af\u2028g\u2029h\u202fi\u205fj\u3000k\v\fl\u200bm\u2060n"
	show("words", withSplit(strings.NewReader(spaces), bufio.ScanWords))
	show("words-trail", withSplit(strings.NewReader(" x \u3000"), bufio.ScanWords))
	show("words-empty", withSplit(strings.NewReader(" \t\n"), bufio.ScanWords))
	show("runes-1byte", withSplit(&oneByte{"a€\xe2\x82z\xf0\x9f\x98\x80"}, bufio.ScanRunes))
	show("lines-1byte", bufio.NewScanner(&oneByte{"ab\r\n\r\ncd"}))
	show("lines-cr-only", bufio.NewScanner(strings.NewReader("a\rb\r\r\n")))

	sc := bufio.NewScanner(strings.NewReader(strings.Repeat("L", 30) + "\n" + strings.Repeat("M", 33) + "\nz"))
	sc.Buffer(make([]byte, 0, 4), 32)
	show("buffer-32", sc)
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("n", 31) + "\r\nok"))
	sc.Buffer(nil, 32)
	show("buffer-fits", sc)
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("w", 70000)))
	show("default-limit", sc)
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("v", 65535) + "\n"))
	sc.Scan()
	fmt.Println("max line", len(sc.Text()), sc.Scan(), sc.Err())

	show("final", withSplit(strings.NewReader("a b STOP c d"), untilStop))
	show("final-empty", withSplit(strings.NewReader("x;y;"), emptyLast))
	sc = withSplit(strings.NewReader("a b STOP c"), untilStop)
	for sc.Scan() {
	}
	fmt.Println("after final:", sc.Scan(), sc.Err())
	show("negative", withSplit(strings.NewReader("abc"), negative))
	show("too-far", withSplit(strings.NewReader("abc"), tooFar))
	show("custom-err", withSplit(strings.NewReader("ab!cd"), failing))
	show("bad-count", bufio.NewScanner(liar{}))
	fmt.Println(errors.Is(bufio.ErrFinalToken, bufio.ErrFinalToken), bufio.ErrFinalToken)

	catch("buffer", func() {
		sc := bufio.NewScanner(strings.NewReader("a\nb"))
		sc.Scan()
		sc.Buffer(nil, 10)
	})
	catch("split", func() {
		sc := bufio.NewScanner(strings.NewReader("a\nb"))
		sc.Scan()
		sc.Split(bufio.ScanWords)
	})
	catch("empties", func() {
		sc := withSplit(strings.NewReader("abc"), forever)
		n := 0
		for sc.Scan() {
			n++
		}
		fmt.Println("never", n)
	})
}
