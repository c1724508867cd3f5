// Methods returning the receiver allow chaining; functional options configure a struct.
package main

import (
	"fmt"
	"strings"
	"time"
)

type Query struct {
	table string
	where []string
	limit int
}

func From(t string) *Query             { return &Query{table: t} }
func (q *Query) Where(c string) *Query { q.where = append(q.where, c); return q }
func (q *Query) Limit(n int) *Query    { q.limit = n; return q }
func (q *Query) String() string {
	s := "SELECT * FROM " + q.table
	if len(q.where) > 0 {
		s += " WHERE " + strings.Join(q.where, " AND ")
	}
	if q.limit > 0 {
		s += fmt.Sprintf(" LIMIT %d", q.limit)
	}
	return s
}

type Server struct {
	host    string
	port    int
	timeout time.Duration
}

type Option func(*Server)

func WithPort(p int) Option              { return func(s *Server) { s.port = p } }
func WithTimeout(d time.Duration) Option { return func(s *Server) { s.timeout = d } }

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	for _, o := range opts {
		o(s)
	}
	return s
}

func main() {
	fmt.Println(From("users").Where("age > 18").Where("active").Limit(10))
	fmt.Println(From("t"))
	fmt.Printf("%+v\n", *NewServer("localhost"))
	fmt.Printf("%+v\n", *NewServer("example.com", WithPort(8080), WithTimeout(time.Second)))
}
