// A panic inside a deferred call during another panic: the first is not recovered.
package main

func main() {
	defer func() {
		panic("from defer")
	}()
	panic("original")
}
