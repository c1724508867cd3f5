// minigo:env GREETING=hello_env
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Println(len(os.Args) >= 1, os.Getenv("GREETING"), os.Getenv("MINIGO_SURELY_UNSET") == "")
	v, ok := os.LookupEnv("GREETING")
	fmt.Println(v, ok)
	fmt.Println(os.Setenv("MG_TEST_VAR", "42"), os.Getenv("MG_TEST_VAR"), os.Setenv("", "x"))
	os.Unsetenv("MG_TEST_VAR")
	_, ok = os.LookupEnv("MG_TEST_VAR")
	fmt.Println(ok)

	n, err := os.Stdout.WriteString("direct to stdout\n")
	fmt.Println(n, err)
	os.Stdout.Write([]byte("bytes too\n"))
	fmt.Fprintln(os.Stdout, "via Fprintln", 1, 2)
	fmt.Fprintf(os.Stderr, "this goes to stderr\n")
	var w io.Writer = os.Stdout
	fmt.Fprint(w, "as io.Writer\n")
	fmt.Println(os.Stdout.Name(), os.Stderr.Fd())

	name := fmt.Sprintf("%s/minigo_std_os_%d.txt", os.TempDir(), os.Getpid())
	fmt.Println(os.WriteFile(name, []byte("line one\nline two\n"), 0644))
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	os.Remove(name)
	_, err = os.ReadFile("/nonexistent/file.txt")
	fmt.Println(err, errors.Is(err, os.ErrNotExist))

	defer fmt.Println("deferred: must not print")
	os.Exit(3)
}
