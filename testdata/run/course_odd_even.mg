// Two goroutines print alternately, handing a turn token back and forth.
package main

import "fmt"

func main() {
	oddTurn := make(chan bool)
	evenTurn := make(chan bool)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 9; i += 2 {
			<-oddTurn
			fmt.Println("odd ", i)
			evenTurn <- true
		}
	}()
	go func() {
		for i := 2; i <= 10; i += 2 {
			<-evenTurn
			fmt.Println("even", i)
			if i == 10 {
				done <- true
				return
			}
			oddTurn <- true
		}
	}()
	oddTurn <- true
	<-done
}
