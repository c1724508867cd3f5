package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

var name = fmt.Sprintf("%s/minigo_std_os_files_%d.txt", os.TempDir(), os.Getpid())

// show prints an error with the per-run file name hidden.
func show(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), name, "NAME")
}

func main() {
	f, err := os.Create(name)
	fmt.Println(err)
	n, err := f.WriteString("hello, file\n")
	fmt.Println(n, err)
	fmt.Fprintf(f, "%d %s\n", 42, "lines")
	fmt.Println(f.Close())
	err = f.Close()
	fmt.Println(show(err), errors.Is(err, os.ErrClosed))

	f, err = os.Open(name)
	fmt.Println(err)
	buf := make([]byte, 5)
	var got []byte
	for {
		n, err := f.Read(buf)
		got = append(got, buf[:n]...)
		if err == io.EOF {
			break
		}
	}
	f.Close()
	fmt.Printf("%q\n", got)
	_, err = f.Read(buf)
	fmt.Println(show(err))

	a, _ := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	a.WriteString("appended\n")
	a.Close()
	data, _ := os.ReadFile(name)
	fmt.Printf("%q\n", data)
	os.Remove(name)

	_, err = os.Open(name)
	fmt.Println(show(err), os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path == name)
	_, err = os.OpenFile(os.TempDir(), os.O_WRONLY, 0)
	fmt.Println(err != nil)
}
