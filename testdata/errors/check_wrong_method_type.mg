package main

type Namer interface{ Name() string }

type P struct{}

func (P) Name() int { return 0 }

func main() {
	var n Namer = P{}
	_ = n
}

// Go 1.19: "as type Namer ..." and "(wrong type for Name method)"; modern gc (1.24+, which also says "value of struct type") as in the .err.
