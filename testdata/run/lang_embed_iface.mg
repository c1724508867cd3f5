// Embedding: outer methods shadow promoted ones; embedded interfaces in structs; pointer embedding.
package main

import (
	"fmt"
	"strings"
)

type Logger interface{ Log(string) }

type ConsoleLogger struct{ prefix string }

func (c ConsoleLogger) Log(s string) { fmt.Println(c.prefix + s) }

type Service struct {
	Logger
	name string
}

func (s *Service) Run() { s.Log("running " + s.name) }

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Derived struct {
	*Base
	Name string
}

func (d Derived) Describe() string { return "derived " + d.Name + " / " + d.Base.Describe() }

type Upper struct{ Logger }

func (u Upper) Log(s string) { u.Logger.Log(strings.ToUpper(s)) }

type Describer interface{ Describe() string }

func main() {
	s := &Service{ConsoleLogger{"> "}, "svc"}
	s.Run()
	s.Logger = Upper{ConsoleLogger{"# "}}
	s.Run()
	d := Derived{&Base{1}, "d"}
	d.SetID(42)
	fmt.Println(d.ID, d.Describe())
	var ds []Describer = []Describer{d, d.Base, Base{7}}
	for _, x := range ds {
		fmt.Println(x.Describe())
	}
	var empty Service
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.Run()
	}()
}
