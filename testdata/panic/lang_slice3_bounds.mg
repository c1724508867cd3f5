// Full slice expression whose max exceeds the capacity.
package main

import "fmt"

func main() {
	s := make([]byte, 2, 4)
	m := 10
	fmt.Println(s[0:2:m])
}
