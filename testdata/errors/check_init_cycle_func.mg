package main

var a = f()

func f() int { return a }

func main() {}

// Go 1.19 (old initorder): "initialization loop for x" with split "x refers to" lines; modern gc (types2 reportCycle): "initialization cycle for x" and "x refers to y" lines.
