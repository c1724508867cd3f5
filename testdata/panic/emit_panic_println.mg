package main

type T struct{ a int }

func main() {
	var p *T
	var m map[int]int
	var e interface{}
	println("ints", 1, -2, uint8(3), 'x')
	println("floats", 1.5, -0.25, 1e100, 0.0)
	println("bools", true, false)
	println("nils", p == nil, m == nil, e == nil)
	print("no", "spaces", 1, "\n")
	panic("done")
}
