// A struct field written by one goroutine and read by another.
package main

import (
	"fmt"
	"time"
)

type Account struct {
	Name    string
	Balance int
}

func main() {
	acct := &Account{Name: "alice"}
	done := make(chan bool)
	go func() {
		acct.Balance = 100
		done <- true
	}()
	fmt.Println(acct.Balance >= 0)
	<-done
	time.Sleep(time.Millisecond)
}
