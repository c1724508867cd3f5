// The standard logger's default flags (LstdFlags) print the local date and
// time; Lmicroseconds adds the microseconds, LUTC switches to UTC. Each
// header must lie between the clock read just before and after the call
// (fixed-width headers compare as strings; a time-only header may wrap at
// midnight). TZ is set so that local time and UTC differ.
// minigo:env TZ=Asia/Tokyo
package main

import (
	"fmt"
	"log"
	"strings"
	"time"
)

// check logs msg with flags and reports whether the header is what format
// gives for a time between the two clock readings.
func check(flags int, format string, utc bool) {
	var sb strings.Builder
	l := log.New(&sb, "", flags)
	before := time.Now()
	l.Println("msg")
	after := time.Now()
	if utc {
		before, after = before.UTC(), after.UTC()
	}
	got := sb.String()
	b, a := before.Format(format)+" msg\n", after.Format(format)+" msg\n"
	ok := b <= got && got <= a || a < b && (got >= b || got <= a)
	ok = ok && len(got) == len(b)
	fmt.Println(flags, ok, len(got))
	if !ok {
		fmt.Printf("%q\n", got)
	}
}

func main() {
	fmt.Println(log.Flags() == log.LstdFlags)
	check(log.LstdFlags, "2006/01/02 15:04:05", false)
	check(log.Ldate, "2006/01/02", false)
	check(log.Ltime, "15:04:05", false)
	check(log.LstdFlags|log.LUTC, "2006/01/02 15:04:05", true)
	check(log.Ltime|log.Lmicroseconds, "15:04:05.000000", false)
	check(log.Lmicroseconds, "15:04:05.000000", false)
	log.Println("to stderr")
}
