package main

func main() {
	var i interface{} = 1
	switch v := i.(type) {
	case int:
	}
}

// Go 1.19: "v declared but not used"; modern gc (1.20+): "declared and not used: v".
