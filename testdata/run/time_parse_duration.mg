// time.ParseDuration: valid forms, rounding of fractions, and its errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"0", "5s", "300ms", "-1.5h", "2h45m", "1h2m3.5s",
		"+12µs", "7μs", "3us", "100ns", ".5m", "1.s", "0.000000001s",
		"2562047h47m16.854775807s", "9223372036854775807ns",
		"", "-", "abc", "5", "1x", "1..5s", "9223372036854775808ns", "3000000h"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v %d %v\n", s, d, int64(d), err)
	}
}
