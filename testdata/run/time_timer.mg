// Timers: fire, Stop before firing, Reset, AfterFunc; Sleep and Since.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("timer 1 fired", time.Since(start) >= 20*time.Millisecond)

	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("timer 2 fired")
	}()
	fmt.Println("timer 2 stopped:", timer2.Stop())

	timer3 := time.NewTimer(time.Hour)
	timer3.Reset(10 * time.Millisecond)
	<-timer3.C
	fmt.Println("timer 3 fired after reset")

	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() {
		fmt.Println("AfterFunc ran")
		done <- true
	})
	<-done
	t := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped AfterFunc:", t.Stop())

	s := time.Now()
	time.Sleep(15 * time.Millisecond)
	el := time.Since(s)
	fmt.Println("slept enough:", el >= 15*time.Millisecond, el < time.Second)
	deadline := time.Now().Add(50 * time.Millisecond)
	fmt.Println("until positive:", time.Until(deadline) > 0)
}
