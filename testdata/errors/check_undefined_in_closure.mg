package main

func main() {
	f := func() int { return y }
	_ = f
}
