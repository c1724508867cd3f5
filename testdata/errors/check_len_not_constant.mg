package main

const e = len([]int{1})

func main() {}
