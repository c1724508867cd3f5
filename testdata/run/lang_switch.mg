// switch: tagged, tagless, fallthrough, multiple values, init statements, default anywhere.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "consonant"
}

func fall(n int) {
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("one ")
		fallthrough
	default:
		fmt.Print("default ")
	case 2:
		fmt.Print("two ")
	}
	fmt.Println()
}

func val(s string) int {
	fmt.Print("eval ", s, " ")
	return len(s)
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("hi you") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	fall(0)
	fall(1)
	fall(2)
	fall(7)
	switch x := 5; x * 2 {
	case val("a"), val("ten chars!"), val("never"):
		fmt.Println("matched 10")
	}
	switch {
	}
	switch s := "go"; s {
	case "go":
		fmt.Println("go!")
		if len(s) == 2 {
			break
		}
		fmt.Println("not printed")
	}
	var i interface{} = 2.5
	switch i {
	case 2.5:
		fmt.Println("float case")
	case "x":
		fmt.Println("string case")
	}
}
