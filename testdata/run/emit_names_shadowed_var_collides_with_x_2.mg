package main

import "fmt"

func main() {
	total_2 := 100
	total := 1
	for i := 0; i < 3; i++ {
		total := i * 10
		fmt.Println(total, total_2)
	}
	fmt.Println(total)
}
