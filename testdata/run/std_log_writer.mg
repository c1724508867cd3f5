// log through custom writers: one Write per message (even with embedded
// newlines), empty messages, Output returning the writer's error, io.Discard
// skipping the formatting (no String calls), and the header order of
// prefix, time and Lmsgprefix checked against time.Format.
package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"strings"
	"time"
)

// recorder keeps every Write call separately.
type recorder struct{ calls []string }

func (r *recorder) Write(p []byte) (int, error) {
	r.calls = append(r.calls, string(p))
	return len(p), nil
}

// broken fails every Write.
type broken struct{}

func (broken) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

// loud reports when it is formatted.
type loud struct{}

func (loud) String() string {
	fmt.Println("  String called")
	return "loud"
}

func writes() {
	rec := &recorder{}
	l := log.New(rec, "p: ", 0)
	l.Print("two\nlines")
	l.Print()
	l.Println()
	l.Printf("")
	l.Printf("%d%%", 5)
	l.Print("a", "b", 1, 2, "c")
	l.Println("a", "b", 1)
	l.SetFlags(log.Lmsgprefix)
	l.Print("late prefix\n")
	fmt.Printf("%d writes: %q\n", len(rec.calls), rec.calls)
}

func errorsAndDiscard() {
	l := log.New(broken{}, "", 0)
	fmt.Println("Output:", l.Output(1, "x"))
	d := log.New(io.Discard, "", 0)
	fmt.Println("discard logger:")
	d.Print(loud{})
	d.Printf("%v", loud{})
	d.Println(loud{})
	fmt.Println("discard Output:", d.Output(1, "y"))
	d.SetOutput(&recorder{})
	fmt.Println("after SetOutput:")
	d.Print(loud{})
	log.SetOutput(io.Discard)
	fmt.Println("std to discard:")
	log.Print(loud{})
	fmt.Println(log.Writer() == io.Discard)
}

// header checks that l's header lies between the clock readings around
// the call, as time.Format renders them (a time-only header may wrap at
// midnight).
func header(flags int, layout string) {
	var sb strings.Builder
	l := log.New(&sb, "[P] ", flags)
	before := time.Now().UTC()
	l.Print("m")
	after := time.Now().UTC()
	b := strings.ReplaceAll(before.Format(layout), "P", "[P]")
	a := strings.ReplaceAll(after.Format(layout), "P", "[P]")
	got := sb.String()
	inRange := b <= got && got <= a || a < b && (got >= b || got <= a) // midnight
	fmt.Println(flags, len(got) == len(b), inRange)
}

func main() {
	writes()
	errorsAndDiscard()
	header(log.LstdFlags|log.LUTC, "P 2006/01/02 15:04:05 m\n")
	header(log.LstdFlags|log.LUTC|log.Lmsgprefix, "2006/01/02 15:04:05 P m\n")
	header(log.Ldate|log.Lmicroseconds|log.LUTC|log.Lmsgprefix, "2006/01/02 15:04:05.000000 P m\n")
	header(log.Lmicroseconds|log.LUTC, "P 15:04:05.000000 m\n")
}
