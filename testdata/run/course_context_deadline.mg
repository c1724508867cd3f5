// Context deadlines: Deadline(), a child's deadline never exceeds its parent's, Err after expiry.
package main

import (
	"context"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	_, has := context.Background().Deadline()
	fmt.Println("background has deadline:", has)
	parent, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	child, cancel2 := context.WithTimeout(parent, time.Hour)
	defer cancel2()
	pd, _ := parent.Deadline()
	cd, ok := child.Deadline()
	fmt.Println("child deadline capped by parent:", ok && !cd.After(pd))
	fmt.Println("fast op:", slowOp(child, 5*time.Millisecond))
	fmt.Println("slow op:", slowOp(child, 5*time.Second))
	fmt.Println("parent err:", parent.Err())
	ctx, c3 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer c3()
	fmt.Println("past deadline:", ctx.Err())
}
