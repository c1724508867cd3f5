package main

func main() {
	s := "abc"
	s[0] = 'x'
}

// Go 1.19: "cannot assign to s[0] (value of type byte)"; modern gc (1.20+): "(neither addressable nor a map index expression)".
