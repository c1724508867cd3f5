// Closures over struct fields and slices; a slice of closures built by a factory.
package main

import "fmt"

type Account struct{ balance int }

func main() {
	acc := &Account{}
	deposit := func(n int) { acc.balance += n }
	deposit(10)
	deposit(5)
	fmt.Println(acc.balance)
	nums := []int{1, 2, 3}
	double := func() {
		for i := range nums {
			nums[i] *= 2
		}
	}
	double()
	nums = append(nums, 100)
	double()
	fmt.Println(nums)
	makeMul := func(k int) func(int) int { return func(x int) int { return x * k } }
	ops := map[string]func(int) int{"double": makeMul(2), "triple": makeMul(3)}
	fmt.Println(ops["double"](7), ops["triple"](7))
	var handlers []func() string
	for _, name := range []string{"a", "b"} {
		name := name
		handlers = append(handlers, func() string { return "handler " + name })
	}
	for _, h := range handlers {
		fmt.Println(h())
	}
	total := 0
	each := func(xs []int, f func(int)) {
		for _, x := range xs {
			f(x)
		}
	}
	each([]int{1, 2, 3, 4}, func(x int) { total += x * x })
	fmt.Println(total)
}
