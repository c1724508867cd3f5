package main

const c = 1 / 0

func main() {}
