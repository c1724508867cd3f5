// The go statement needs a function call.
package main

func work() {}

func main() {
	go work
}
