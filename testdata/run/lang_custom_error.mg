// Custom error types, panicking with them and recovering them by type.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func check(age int) {
	if age < 0 {
		panic(ValidationError{"age", age})
	}
	if age > 150 {
		panic(&NotFound{fmt.Sprint(age)})
	}
	fmt.Println("age ok", age)
}

func guard(age int) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case ValidationError:
			fmt.Println("validation on field", r.Field)
			err = r
		case error:
			err = fmt.Errorf("guard: %w", r)
		default:
			panic(r)
		}
	}()
	check(age)
	return nil
}

func main() {
	for _, a := range []int{30, -5, 200} {
		err := guard(a)
		fmt.Println("err:", err)
		var nf *NotFound
		if errors.As(err, &nf) {
			fmt.Println("  as NotFound key", nf.Key)
		}
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  as ValidationError value", ve.Value)
		}
	}
	var e error = ValidationError{"x", 1}
	fmt.Printf("%v|%s|%+v|%T\n", e, e, e, e)
}
