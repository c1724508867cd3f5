package main

import "fmt"

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string " + v
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type name string

func (n name) String() string { return "name:" + string(n) }

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}

	i := 0
loop:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()

	for n := 0; n < 6; n++ {
		switch n {
		case 0:
			fmt.Print("zero ")
		case 1, 2:
			fmt.Print("small ")
			fallthrough
		case 3:
			fmt.Print("three-ish ")
		case 4:
			if n == 4 {
				break
			}
			fmt.Print("unreachable ")
		default:
			fmt.Print("default ")
		}
	}
	fmt.Println()

	for _, x := range []interface{}{nil, 1, int64(2), "s", fmt.Errorf("e"), name("n"), 1.5, []int{1}} {
		fmt.Println(classify(x))
	}
	fmt.Println(grade(95), grade(85), grade(10))

	ch := make(chan int)
	quit := make(chan struct{})
	go func() {
		for k := 0; k < 3; k++ {
			ch <- k
		}
		close(quit)
	}()
	for {
		select {
		case v := <-ch:
			fmt.Println("got", v)
			continue
		case <-quit:
			fmt.Println("quit")
		}
		break
	}

	n := 0
	for {
		n++
		if n > 100 {
			break
		}
	}
	fmt.Println("n", n)
	var k int
	for k = 0; k < 5; k += 2 {
	}
	fmt.Println("k", k)
	sum := 0
	for range [4]int{} {
		sum++
	}
	fmt.Println("sum", sum)
	str := "abc"
	switch str[1] {
	case 'a':
		fmt.Println("a")
	case 'b':
		fmt.Println("b")
	}
	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("y", y)
	}
	fmt.Println("outer x", x)
}
