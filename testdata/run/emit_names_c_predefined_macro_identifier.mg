package main

import (
	"fmt"
	"time"
)

type Stamp struct {
	unix  int64
	label string
}

func main() {
	unix := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC).Unix()
	s := Stamp{unix: unix, label: "start"}
	fmt.Println(s.label, s.unix)
	INT64_MAX := int64(1<<63 - 1)
	fmt.Println(INT64_MAX)
}
