// goto for retry loops and cleanup; labels on blocks; break out of select and switch.
package main

import "fmt"

func retry() int {
	attempts := 0
again:
	attempts++
	if attempts < 4 {
		fmt.Println("attempt", attempts, "failed")
		goto again
	}
	return attempts
}

func process(items []int) (sum int) {
	for _, it := range items {
		if it < 0 {
			goto fail
		}
		sum += it
	}
	return sum
fail:
	fmt.Println("negative item")
	return -1
}

func main() {
	fmt.Println(retry())
	fmt.Println(process([]int{1, 2, 3}), process([]int{1, -2}))
	count := 0
rows:
	for r := 0; r < 5; r++ {
		for c := 0; c < 5; c++ {
			switch {
			case c > r:
				continue rows
			case r == 4:
				break rows
			}
			count++
		}
	}
	fmt.Println(count)
}
