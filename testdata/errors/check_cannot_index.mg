package main

func main() {
	x := 3
	_ = x[0]
}

// Go 1.19 reports at the "["; modern types2 reports at the start of the expression (syntax.StartPos).
