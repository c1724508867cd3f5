// minigo:env TZ=America/New_York
// Time.Format with the standard layouts and custom ones, calendar fields,
// Date normalization, UTC/Local/In; local zone fixed by the environment.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate,
		time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z,
		time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, "2006-01-02 15:04:05", "2006-01-02", "15:04:05",
		"Monday, January 2, 2006 at 3:04pm (MST)", "2006-01-02T15:04:05.000Z0700",
		"_2/1/06 03:04:05.9 PM", "002 __2 Jan-2006 15h04m05s", "15:04:05,000000",
		"2006.01.02 .99 .0", "Janet Monkey 2006x"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	loc := t.In(time.Local)
	fmt.Println(loc)
	fmt.Println(loc.Format(time.RFC3339), loc.Format(time.RFC822Z), loc.Location())
	y, m, d := loc.Date()
	h, mi, s := loc.Clock()
	fmt.Println(y, m, d, h, mi, s, loc.Weekday(), loc.YearDay(), loc.Year(), loc.Month(), loc.Day())
	fmt.Println(t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location(), t.UTC().Equal(loc))
	n := time.Date(2023, 10, 32, 25, 61, -1, 0, time.UTC)
	fmt.Println(n, n.Weekday(), n.YearDay())
	summer := time.Date(2024, 7, 4, 12, 0, 0, 0, time.Local)
	fmt.Println(summer, summer.UTC())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 0))
	fmt.Println(time.Month(13), time.Weekday(7), time.March, time.Saturday)
	var z time.Time
	fmt.Println(z.Format(time.RFC3339), z.Year(), z.Month(), z.Weekday())
}
