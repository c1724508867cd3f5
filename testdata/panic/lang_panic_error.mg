// panic with an error value prints its Error() text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("start")
	panic(errors.New("something bad happened"))
}
