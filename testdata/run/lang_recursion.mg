// Recursion: fib, ackermann, mutual recursion, tower of hanoi, permutations.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func perms(prefix string, rest string, out *[]string) {
	if rest == "" {
		*out = append(*out, prefix)
		return
	}
	for i := range rest {
		perms(prefix+rest[i:i+1], rest[:i]+rest[i+1:], out)
	}
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	for i := 0; i <= 25; i += 5 {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println(ack(2, 3), ack(3, 3))
	fmt.Println(isEven(100), isOdd(7), isEven(7))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println(moves)
	var ps []string
	perms("", "abc", &ps)
	fmt.Println(ps)
	fmt.Println(depth(100000))
}
