// panic with a custom error type prints its Error() method.
package main

import "fmt"

type ConfigError struct {
	Key  string
	Line int
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("config: bad key %q at line %d", e.Key, e.Line)
}

func load() {
	panic(&ConfigError{"port", 12})
}

func main() {
	load()
}
