// Empty structs, sets as map[T]struct{}, anonymous structs, struct slices and maps.
package main

import (
	"fmt"
	"sort"
)

type Set map[string]struct{}

func (s Set) Add(v string)      { s[v] = struct{}{} }
func (s Set) Has(v string) bool { _, ok := s[v]; return ok }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func main() {
	s := Set{}
	for _, w := range []string{"go", "c", "go", "rust", "c"} {
		s.Add(w)
	}
	fmt.Println(len(s), s.Has("go"), s.Has("java"), s.Sorted())
	fmt.Println(struct{}{} == struct{}{}, [3]struct{}{})
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	points = append(points, struct{ X, Y int }{5, 6})
	fmt.Println(points, len(points))
	config := struct {
		Name    string
		Retries int
		Tags    []string
	}{Name: "svc", Retries: 3}
	fmt.Printf("%+v\n", config)
	type key struct{ a, b int }
	memo := map[key]int{}
	var paths func(a, b int) int
	paths = func(a, b int) int {
		if a == 0 || b == 0 {
			return 1
		}
		if v, ok := memo[key{a, b}]; ok {
			return v
		}
		v := paths(a-1, b) + paths(a, b-1)
		memo[key{a, b}] = v
		return v
	}
	fmt.Println(paths(16, 16), len(memo))
}
