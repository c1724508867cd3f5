// Duration arithmetic and formatting.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 1500 * time.Microsecond, 90 * time.Second, 2*time.Hour + 3*time.Millisecond, -time.Minute}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes())
	fmt.Println(d.Truncate(time.Minute), d.Round(time.Minute), d.Round(time.Hour))
	fmt.Printf("%v %s %d\n", time.Second, 250*time.Millisecond, time.Millisecond)
	fmt.Println(time.Duration(1<<63 - 1))
	t0 := time.Unix(1000, 0)
	t1 := t0.Add(90 * time.Minute)
	fmt.Println(t1.Sub(t0), t1.After(t0), t1.Before(t0), t0.Equal(t0.Add(0)))
	fmt.Println(t1.Unix(), t1.UnixMilli(), t1.UnixNano())
	var zero time.Time
	fmt.Println(zero.IsZero(), t0.IsZero())
}
