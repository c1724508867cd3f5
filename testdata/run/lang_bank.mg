// A bank: accounts with methods, errors for overdraft, transfers, a ledger.
package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	Balance int
	History []string
}

type Bank struct {
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(id string, initial int) *Account {
	a := &Account{ID: id, Balance: initial}
	a.History = append(a.History, fmt.Sprintf("open %d", initial))
	b.accounts[id] = a
	return a
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.ID, ErrInsufficient)
	}
	a.Balance -= n
	a.History = append(a.History, fmt.Sprintf("withdraw %d", n))
	return nil
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, fmt.Sprintf("deposit %d", n))
}

func (b *Bank) Transfer(from, to string, n int) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(n); err != nil {
		return err
	}
	dst.Deposit(n)
	return nil
}

func (b *Bank) Report() {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	total := 0
	for _, id := range ids {
		a := b.accounts[id]
		total += a.Balance
		fmt.Printf("%-6s %5d %v\n", a.ID, a.Balance, a.History)
	}
	fmt.Println("total", total)
}

func main() {
	bank := NewBank()
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	bank.Open("carol", 0)
	ops := []struct {
		from, to string
		amount   int
	}{{"alice", "bob", 30}, {"bob", "carol", 100}, {"bob", "carol", 80}, {"dave", "alice", 1}, {"carol", "zed", 1}}
	for _, op := range ops {
		if err := bank.Transfer(op.from, op.to, op.amount); err != nil {
			fmt.Println("error:", err, "| insufficient:", errors.Is(err, ErrInsufficient))
		} else {
			fmt.Println("ok:", op.from, "->", op.to, op.amount)
		}
	}
	bank.Report()
}
