package main

type T struct{}

func (t *T) M() {}

func main() {
	f := T.M
	_ = f
}

// Go 1.19: "cannot call pointer method M on T"; modern gc (1.20+): "invalid method expression T.M (needs pointer receiver (*T).M)".
