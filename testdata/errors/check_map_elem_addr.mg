package main

func main() {
	m := map[string]struct{ a int }{}
	m["x"].a = 1
	_ = &m["x"]
}
