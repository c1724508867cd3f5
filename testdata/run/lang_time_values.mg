// time.Time values built with time.Date: arithmetic, comparison, formatting, weekdays.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 28, 22, 30, 15, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Weekday(), t.YearDay())
	u := t.Add(90 * time.Minute)
	fmt.Println(u.Format("2006-01-02 15:04:05"), u.Weekday())
	fmt.Println(u.Sub(t), u.After(t), t.Before(u), t.Equal(t.Add(0)))
	fmt.Println(t.AddDate(0, 0, 2).Format("Jan 2, 2006"), t.AddDate(1, 0, 1).Format(time.RFC3339))
	fmt.Println(t.Format("Mon Jan _2 03:04:05 PM 2006"), t.Format(time.Kitchen))
	fmt.Println(t.Unix(), time.Unix(0, 0).UTC())
	d := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Sub(t)
	fmt.Println(d, d.Hours())
	fmt.Println(t.Truncate(time.Hour).Format("15:04"), t.Round(time.Hour).Format("15:04"))
}
