package main

type Celsius float64
type Fahrenheit float64

func main() {
	c := Celsius(10)
	f := Fahrenheit(50)
	_ = c + f
}
