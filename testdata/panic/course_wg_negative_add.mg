// wg.Add with a negative delta that takes the counter below zero also panics.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Add(-3)
}
