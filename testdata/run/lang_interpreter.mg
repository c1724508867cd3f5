// A small expression interpreter: tokenizer, recursive-descent parser, AST eval.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Node interface {
	Eval(env map[string]float64) (float64, error)
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Node
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }

func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined variable %q", string(v))
	}
	return x, nil
}

func (b *BinOp) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}

type Parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case strings.IndexByte("+-*/()", c) >= 0:
			toks = append(toks, string(c))
			i++
		default:
			j := i
			for j < len(s) && strings.IndexByte("+-*/() ", s[j]) < 0 {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		}
	}
	return toks
}

func (p *Parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *Parser) next() string { t := p.peek(); p.pos++; return t }

func (p *Parser) expr() Node {
	n := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()[0]
		n = &BinOp{op, n, p.term()}
	}
	return n
}

func (p *Parser) term() Node {
	n := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.next()[0]
		n = &BinOp{op, n, p.factor()}
	}
	return n
}

func (p *Parser) factor() Node {
	t := p.next()
	if t == "(" {
		n := p.expr()
		p.next()
		return n
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		return Num(f)
	}
	return Var(t)
}

func String(n Node) string {
	switch n := n.(type) {
	case Num:
		return fmt.Sprint(float64(n))
	case Var:
		return string(n)
	case *BinOp:
		return "(" + String(n.L) + " " + string(n.Op) + " " + String(n.R) + ")"
	}
	return "?"
}

func main() {
	env := map[string]float64{"x": 3, "pi": 3.14159}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "x * x - 1", "2 * pi * x", "10 / (x - 3)", "y + 1", "100 / 8 / 2"} {
		p := &Parser{toks: tokenize(src)}
		ast := p.expr()
		v, err := ast.Eval(env)
		if err != nil {
			fmt.Printf("%-12s => %s error: %v\n", src, String(ast), err)
			continue
		}
		fmt.Printf("%-12s => %s = %g\n", src, String(ast), v)
	}
}
