// break outside a loop, switch or select.
package main

func main() {
	if true {
		break
	}
}
