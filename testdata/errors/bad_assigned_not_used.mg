// A variable that is only assigned, never read, is still "declared and not used".
// Modern gc says "declared and not used: total"; Go 1.19 said "total declared but not used".
package main

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		total = i
	}
}
