// Calling a function that does not exist.
package main

func main() {
	doWork(3)
}
