// gcc splits work into work.part.0 and inlines its test into main: the trace
// still shows work once, as Go does.
package main

func work(id int) {
	if id == 2 {
		panic("boom")
	}
}

func main() {
	work(2)
}
