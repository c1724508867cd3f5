package main

type T struct{ Name string }

func main() {
	var t T
	_ = t.name
}

// Go 1.19: "but does have Name"; modern gc (1.20+): "but does have field Name".
