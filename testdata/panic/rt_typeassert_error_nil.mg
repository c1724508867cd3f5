// A type assertion from a nil error to a concrete type.
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my" }

func find(ok bool) error {
	if ok {
		return &MyErr{}
	}
	return nil
}

func main() {
	fmt.Println(find(true).(*MyErr).Error())
	_ = find(false).(*MyErr)
}
