// minigo:env TZ=UTC
// time.Time and Duration through fmt, maps and channels.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1700000000, 5)
	fmt.Println(t)
	fmt.Printf("%v|%s\n", t, t)
	fmt.Println(time.Time{})
	d := 1500 * time.Millisecond
	fmt.Println(d, []time.Duration{d, time.Second})
	fmt.Printf("%v %d %T\n", d, d, d)
	c := make(chan time.Time, 1)
	c <- t
	fmt.Println((<-c).Equal(t))
	now := time.Now()
	s := now.String()
	fmt.Println(len(s) > 30, time.Since(now) < time.Second)
	var m map[time.Duration]string = map[time.Duration]string{time.Second: "s"}
	fmt.Println(m)
}
