package main

var x int
var x string

func main() {}
