// minigo:env GORACE=exitcode=7
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
