package main

func main() {
	var i interface{} = 1
	var n int = i
	_ = n
}

// Go 1.19 words it "as type int in variable declaration:" + newline + "need type assertion"; modern gc (1.20+) as in the .err.
