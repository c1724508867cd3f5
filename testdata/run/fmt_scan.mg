// fmt.Sscan, Sscanln and Sscanf: operands of several types, and the
// errors Go reports for bad or missing input.
package main

import (
	"fmt"
	"io"
)

func main() {
	var name string
	var age int
	var score float64
	var ok bool
	n, err := fmt.Sscan("ann 31 97.5 true", &name, &age, &score, &ok)
	fmt.Println(n, err, name, age, score, ok)

	n, err = fmt.Sscan("  \n 7 \n", &age)
	fmt.Println(n, err, age)
	n, err = fmt.Sscan("", &age)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("5", &age, &name)
	fmt.Println(n, err == io.EOF)
	n, err = fmt.Sscan("x", &age)
	fmt.Println(n, err)
	var small int8
	n, err = fmt.Sscan("300", &small)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1f 0b11", &age, &small)
	fmt.Println(n, err, age, small)

	n, err = fmt.Sscanln("1 2\n3", &age, &small)
	fmt.Println(n, err, age, small)
	n, err = fmt.Sscanln("1\n2", &age, &small)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &age, &small)
	fmt.Println(n, err)

	var x, y int
	var label string
	n, err = fmt.Sscanf("10-20 box", "%d-%d %s", &x, &y, &label)
	fmt.Println(n, err, x, y, label)
	n, err = fmt.Sscanf("temp: 21.5C", "temp: %fC", &score)
	fmt.Println(n, err, score)
	n, err = fmt.Sscanf("1,2", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ff 17", "%x %o", &x, &y)
	fmt.Println(n, err, x, y)
	var r rune
	n, err = fmt.Sscanf("é!", "%c!", &r)
	fmt.Println(n, err, string(r))
	n, err = fmt.Sscanf("5", "%d", x)
	fmt.Println(n, err)
}
