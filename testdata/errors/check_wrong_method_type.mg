package main

type Namer interface{ Name() string }

type P struct{}

func (P) Name() int { return 0 }

func main() {
	var n Namer = P{}
	_ = n
}

// Go 1.19: "as type Namer ..." and "(wrong type for Name method)"; modern gc (1.20+) as in the .err.
