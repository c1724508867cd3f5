// Package log writes messages, one line each, behind a header of prefix,
// date and time, as Go's log does. The package-level functions use a
// standard Logger that writes to os.Stderr with LstdFlags.
// minigo has no runtime.Caller: Llongfile and Lshortfile are not declared
// (naming one is a compile error) and their bits, if set by number, print
// Go's own "???:0: " fallback rather than a made-up position.
package log

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// Header flags; the parts always come in this order.
const (
	Ldate         = 1 << iota // 2009/01/23
	Ltime                     // 01:23:23
	Lmicroseconds             // 01:23:23.123123 (implies Ltime)
	llongfile                 // Go's Llongfile bit
	lshortfile                // Go's Lshortfile bit
	LUTC                      // UTC rather than local time
	Lmsgprefix                // prefix just before the message, not at line start
	LstdFlags     = Ldate | Ltime
)

// A Logger may be shared by goroutines: mu guards every field, and each
// message goes out in a single Write so lines never interleave.
type Logger struct {
	mu      sync.Mutex
	out     io.Writer
	prefix  string
	flag    int
	discard bool   // out is io.Discard: not even worth formatting
	line    []byte // reused between messages
}

// New returns a Logger writing to out.
func New(out io.Writer, prefix string, flag int) *Logger {
	l := &Logger{prefix: prefix, flag: flag}
	l.SetOutput(out)
	return l
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard Logger used by the package-level functions.
func Default() *Logger { return std }

// Output writes the header, then s, then a newline unless s ends with one.
// calldepth would pick the caller for the file flags, which minigo lacks.
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now() // before the lock: the time of the call, not of the write
	l.mu.Lock()
	defer l.mu.Unlock()
	b := append(l.header(l.line[:0], now), s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		b = append(b, '\n')
	}
	l.line = b
	_, err := l.out.Write(b)
	return err
}

// header appends what l.flag asks for: "prefix 2009/01/23 01:23:23.123123 ".
func (l *Logger) header(b []byte, t time.Time) []byte {
	if l.flag&Lmsgprefix == 0 {
		b = append(b, l.prefix...)
	}
	if l.flag&LUTC != 0 {
		t = t.UTC()
	}
	if l.flag&Ldate != 0 {
		year, month, day := t.Date()
		b = appendInt(b, year, 4, '/')
		b = appendInt(b, int(month), 2, '/')
		b = appendInt(b, day, 2, ' ')
	}
	if l.flag&(Ltime|Lmicroseconds) != 0 {
		hour, min, sec := t.Clock()
		b = appendInt(b, hour, 2, ':')
		b = appendInt(b, min, 2, ':')
		if l.flag&Lmicroseconds == 0 {
			b = appendInt(b, sec, 2, ' ')
		} else {
			b = appendInt(b, sec, 2, '.')
			b = appendInt(b, t.Nanosecond()/1000, 6, ' ')
		}
	}
	if l.flag&(llongfile|lshortfile) != 0 {
		b = append(b, "???:0: "...) // what Go prints when the caller is unknown
	}
	if l.flag&Lmsgprefix != 0 {
		b = append(b, l.prefix...)
	}
	return b
}

// appendInt appends n, zero-padded to width digits, and then sep.
func appendInt(b []byte, n, width int, sep byte) []byte {
	var digits [20]byte
	i := len(digits)
	for ; n > 0 || width > 0; width-- {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
	}
	return append(append(b, digits[i:]...), sep)
}

// discarding reports whether output goes to io.Discard, so that Print and
// friends can skip formatting (and the String methods it would call).
func (l *Logger) discarding() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.discard
}

func (l *Logger) Print(v ...any) {
	if !l.discarding() {
		l.Output(2, fmt.Sprint(v...))
	}
}

func (l *Logger) Printf(format string, v ...any) {
	if !l.discarding() {
		l.Output(2, fmt.Sprintf(format, v...))
	}
}

func (l *Logger) Println(v ...any) {
	if !l.discarding() {
		l.Output(2, fmt.Sprintln(v...))
	}
}

// Fatal logs, then ends the program with status 1; deferred calls do not run.
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic logs, then panics with the logged string.
func (l *Logger) Panic(v ...any) { l.panicWith(fmt.Sprint(v...)) }

func (l *Logger) Panicf(format string, v ...any) { l.panicWith(fmt.Sprintf(format, v...)) }

func (l *Logger) Panicln(v ...any) { l.panicWith(fmt.Sprintln(v...)) }

func (l *Logger) panicWith(s string) {
	l.Output(3, s)
	panic(s)
}

func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
	l.discard = w == io.Discard
}

// The package-level functions act on the standard Logger.

func Print(v ...any)                 { std.Print(v...) }
func Printf(format string, v ...any) { std.Printf(format, v...) }
func Println(v ...any)               { std.Println(v...) }
func Fatal(v ...any)                 { std.Fatal(v...) }
func Fatalf(format string, v ...any) { std.Fatalf(format, v...) }
func Fatalln(v ...any)               { std.Fatalln(v...) }
func Panic(v ...any)                 { std.Panic(v...) }
func Panicf(format string, v ...any) { std.Panicf(format, v...) }
func Panicln(v ...any)               { std.Panicln(v...) }
func Flags() int                     { return std.Flags() }
func SetFlags(flag int)              { std.SetFlags(flag) }
func Prefix() string                 { return std.Prefix() }
func SetPrefix(prefix string)        { std.SetPrefix(prefix) }
func Writer() io.Writer              { return std.Writer() }
func SetOutput(w io.Writer)          { std.SetOutput(w) }
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
