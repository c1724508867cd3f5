// Only exported (capitalized) names of a package can be used.
package main

import "fmt"

func main() {
	fmt.println("hello")
}
