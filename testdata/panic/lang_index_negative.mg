// A negative run-time index panics too.
package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	i := -1
	fmt.Println(arr[i+0])
}
