// Calling a method the type does not have.
package main

import "fmt"

type Dog struct{ Name string }

func (d Dog) Bark() string { return d.Name + ": woof" }

func main() {
	d := Dog{"rex"}
	fmt.Println(d.Meow())
}
