package main

func f(ch chan<- int) {
	for v := range ch {
		_ = v
	}
}

func main() {}

// Go 1.19: "cannot range over ch (...) (receive from send-only channel)"; modern gc (1.22): ": receive from send-only channel".
