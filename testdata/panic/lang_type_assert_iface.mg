// Failed assertion to an interface type: the missing method is named.
package main

import "fmt"

type Closer interface{ Close() error }

type T struct{}

func main() {
	var v interface{} = T{}
	c := v.(Closer)
	fmt.Println(c)
}
