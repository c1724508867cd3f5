// A panic in a worker goroutine kills the program while main is sleeping.
package main

import (
	"fmt"
	"time"
)

type Task struct{ Name string }

func run(t *Task) {
	fmt.Println("running", t.Name)
}

func main() {
	go run(&Task{"first"})
	time.Sleep(50 * time.Millisecond)
	go run(nil)
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
