package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		r := recover()
		s, ok := r.(string)
		fmt.Println(s, ok)
		switch v := r.(type) {
		case string:
			fmt.Println("string case:", v)
		default:
			fmt.Println("other")
		}
	}()
	var wg sync.WaitGroup
	wg.Done()
}
