package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	res = a / b
	return
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println("body")
}

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * 2
	}
	_ = id
}

func find(x int) error {
	if x < 0 {
		return &MyErr{x}
	}
	return nil
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	deferOrder()

	jobs := make(chan int, 10)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 5; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)

	var mu sync.Mutex
	count := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("count", count)

	done := make(chan bool)
	ticker := time.After(5 * time.Second)
	go func() {
		time.Sleep(time.Millisecond)
		done <- true
	}()
	select {
	case <-done:
		fmt.Println("done first")
	case <-ticker:
		fmt.Println("timeout")
	}
	select {
	case v := <-done:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("no value")
	}

	err := find(-3)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as", me.code, err)
	}
	if find(1) == nil {
		fmt.Println("nil error")
	}
	e1 := errors.New("base")
	e2 := fmt.Errorf("wrap: %w", e1)
	fmt.Println(e2, errors.Is(e2, e1), errors.Unwrap(e2) == e1)
}
