package main

func pair() (int, string) { return 1, "a" }
func take(a, b int)       {}

func main() {
	take(pair())
}

// Go 1.19: "as type int in argument"; modern gc (1.20+): "as int value in argument".
