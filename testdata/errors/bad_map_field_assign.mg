// Assigning to a struct field of a map element is not allowed.
package main

type P struct{ X int }

func main() {
	m := map[string]P{"a": {1}}
	m["a"].X = 2
}
