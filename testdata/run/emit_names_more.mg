package main

import "fmt"

// Go names that look like C keywords, macros, library or generated names.
type Rec struct {
	int      int
	int_     int
	NULL     string
	_x       int
	size_t   int
	mg_alloc int
	a__b     int
	linux    bool
}

func pick(_p0 int, _r0 int, _cl int) (_t1 int) {
	_t1 = _p0*100 + _r0*10 + _cl
	return
}

func nested() func() int {
	x := 1
	return func() int {
		x := x + 10
		return func() int { return x * 1000 }() + func() int { x++; return x }()
	}
}

func main() {
	r := Rec{int: 1, int_: 2, NULL: "n", _x: 3, size_t: 4, mg_alloc: 5, a__b: 6, linux: true}
	fmt.Println(r.int, r.int_, r.NULL, r._x, r.size_t, r.mg_alloc, r.a__b, r.linux)
	memcpy, strlen, errno, EOF, main := 1, 2, 3, 4, 5
	fmt.Println(memcpy+strlen+errno+EOF+main, pick(1, 2, 3))
	a, a__2, a__ := 1, 2, 3
	{
		a := 10
		a__2 := 20
		fmt.Println(a, a__2, a__)
	}
	fmt.Println(a, a__2, a__)
	fmt.Println(nested()())
	_fn, fn, _i1 := 7, 8, 0
	f := func() int { return _fn + fn }
	for _, v := range []int{1, 2} {
		_i1 += v
	}
	fmt.Println(f(), _i1)
	n := 0
unix:
	for {
		n++
		if n > 2 {
			break unix
		}
	}
	fmt.Println(n)
}
