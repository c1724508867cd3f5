// Classic small algorithms: fizzbuzz, gcd, sieve, collatz, binary search, bubble sort.
package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if !composite[i] {
			primes = append(primes, i)
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return primes
}

func collatz(n int) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return
}

func bsearch(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(a) && a[lo] == x {
		return lo
	}
	return -1
}

func bubble(a []int) {
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
}

func main() {
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			fmt.Print("FizzBuzz")
		case i%3 == 0:
			fmt.Print("Fizz")
		case i%5 == 0:
			fmt.Print("Buzz")
		default:
			fmt.Print(i)
		}
		fmt.Print(" ")
	}
	fmt.Println()
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9))
	p := sieve(100)
	fmt.Println(len(p), p)
	best, arg := 0, 0
	for i := 1; i < 10000; i++ {
		if s := collatz(i); s > best {
			best, arg = s, i
		}
	}
	fmt.Println(arg, best)
	fmt.Println(bsearch(p, 47), bsearch(p, 48), bsearch(p, 2), bsearch(p, 97))
	a := []int{5, -1, 3, 3, 0, 9, 2}
	bubble(a)
	fmt.Println(a)
	var f uint64 = 1
	for i := uint64(1); i <= 25; i++ {
		f *= i
	}
	fmt.Println(f)
}
