package main

type A struct{ b B }
type B struct{ a A }

func main() {}

// Go 1.19 splits each step over two lines ("J refers to" / "J"); modern gc (types2 cycleError): one "J refers to K" line per step.
