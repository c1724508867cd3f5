package main

type T struct{}

func (T) M() {}
func (T) M() {}

func main() {}

// Go 1.19: "T.M redeclared in this block"; modern gc (1.20+): "method T.M already declared at ...".
