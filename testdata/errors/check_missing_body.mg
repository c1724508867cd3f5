package main

func helper() int

func main() { _ = helper() }
