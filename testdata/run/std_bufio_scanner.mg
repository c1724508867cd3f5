// bufio.Scanner: the four split functions, a custom one, Bytes, Buffer and
// ErrTooLong, a line longer than the initial buffer, and os.Stdin (the
// goldens run with </dev/null, so it scans nothing and Err is nil).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

func scan(name string, split bufio.SplitFunc, input string) {
	sc := bufio.NewScanner(strings.NewReader(input))
	if split != nil {
		sc.Split(split)
	}
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%s: %q err=%v\n", name, toks, sc.Err())
}

// commas splits on ',' and returns the last field at EOF.
func commas(data []byte, atEOF bool) (int, []byte, error) {
	for i, c := range data {
		if c == ',' {
			return i + 1, data[:i], nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func main() {
	scan("lines", nil, "a\r\nb\n\nc\r")
	scan("lines-empty", nil, "")
	scan("lines-nl", nil, "\n")
	scan("words", bufio.ScanWords, "  the quick\tbrown\u00a0fox\n jumps ")
	scan("runes", bufio.ScanRunes, "hé\xffllo世")
	scan("bytes", bufio.ScanBytes, "hé")
	scan("commas", commas, "1,22,,333")

	sc := bufio.NewScanner(strings.NewReader("x yy zzz"))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n += len(sc.Bytes())
	}
	fmt.Println("bytes total", n)

	long := strings.Repeat("x", 100) + "\nshort\n"
	sc = bufio.NewScanner(strings.NewReader("ok\n" + long))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("tok", sc.Text())
	}
	fmt.Println(sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong), bufio.MaxScanTokenSize)

	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 10000) + "\nend"))
	for sc.Scan() {
		fmt.Println(len(sc.Text()), sc.Text()[:3])
	}

	in := bufio.NewScanner(os.Stdin)
	lines := 0
	for in.Scan() {
		lines++
	}
	fmt.Println("stdin lines:", lines, in.Err())
}
