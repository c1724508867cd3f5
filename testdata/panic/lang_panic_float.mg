// panic with a float and with a named string type show Go's formatting of the value.
package main

type Reason string

func main() {
	defer func() {
		r := recover()
		_ = r
		panic(Reason("named string"))
	}()
	panic(1.5)
}
