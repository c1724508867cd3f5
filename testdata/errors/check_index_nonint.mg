package main

func main() {
	s := []int{1}
	_ = s["a"]
}

// Go 1.19: "to int"; modern gc (1.20+): "to type int".
