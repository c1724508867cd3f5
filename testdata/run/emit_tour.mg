package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

type ByLen []string

func (a ByLen) Len() int           { return len(a) }
func (a ByLen) Less(i, j int) bool { return len(a[i]) < len(a[j]) }
func (a ByLen) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type IPAddr [4]byte

func (ip IPAddr) String() string {
	parts := make([]string, len(ip))
	for i, b := range ip {
		parts[i] = strconv.Itoa(int(b))
	}
	return strings.Join(parts, ".")
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

type Account struct {
	balance int
	ops     chan func()
}

func NewAccount() *Account {
	a := &Account{ops: make(chan func())}
	go func() {
		for op := range a.ops {
			op()
		}
	}()
	return a
}

func (a *Account) Deposit(n int) {
	done := make(chan struct{})
	a.ops <- func() { a.balance += n; close(done) }
	<-done
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

var ErrNotFound = errors.New("not found")

func lookup(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("lookup %q: %w", k, ErrNotFound)
}

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.Sort(ByLen(words))
	fmt.Println(words)
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}}
	for name, ip := range hosts {
		fmt.Printf("%v: %v\n", name, ip)
	}
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	acc := NewAccount()
	for i := 0; i < 10; i++ {
		acc.Deposit(10)
	}
	fmt.Println("balance", acc.balance)
	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	_, err := lookup(map[string]int{}, "x")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	for v := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(v)
	}
	timeout := time.After(5 * time.Second)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	n := 0
loop:
	for {
		select {
		case <-tick.C:
			n++
			if n == 3 {
				break loop
			}
		case <-timeout:
			break loop
		}
	}
	fmt.Println("ticks", n)
	if len(os.Args) > 5 {
		os.Exit(3)
	}
	x, err := strconv.Atoi("12a")
	fmt.Println(x, err)
	fmt.Printf("%5.2f|%-5s|%05d|%x|%t\n", 3.14159, "go", 42, 255, true)
}
