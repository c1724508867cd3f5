package main

func main() {
	ch := make(chan int)
	x := 1
	select {
	case x > 0:
	case <-ch:
	}
}

// Go 1.19 reports at the operator and says "x declared but not used"; modern gc reports at the start of the expression and says "declared and not used: x".
