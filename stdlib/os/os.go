// Package os: the process (Args, Exit, environment) and files (Stdin,
// Stdout, Stderr, Open, Create, ReadFile, WriteFile, Remove). Directories,
// Stat and process management are not provided.
package os

import (
	"errors"
	"io"
)

// A FileMode holds permission bits, as io/fs.FileMode.
type FileMode uint32

// File is an open file descriptor.
type File struct {
	fd   int
	name string
}

// NewFile returns a File for the given file descriptor.
func NewFile(fd uintptr, name string) *File { return &File{int(fd), name} }

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// The portable errors, as io/fs defines them.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// Linux errno values that map to the portable errors.
const (
	ePERM     = 1
	eNOENT    = 2
	eACCES    = 13
	eEXIST    = 17
	eNOTEMPTY = 39
)

// errno is a system call error, as syscall.Errno.
type errno int

func (e errno) Error() string { return strerror(int(e)) }

func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES || e == ePERM
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	}
	return false
}

func underlyingErrorIs(err, target error) bool {
	switch e := err.(type) {
	case *PathError:
		err = e.Err
	}
	if err == target {
		return true
	}
	switch e := err.(type) {
	case errno:
		return e.Is(target)
	}
	return false
}

func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

// The C side (os.c) reports failures as errno values.
func runtimeArgs() []string
func strerror(errno int) string
func write(fd int, b []byte) (int, int)
func read(fd int, b []byte) (int, int)
func closeFd(fd int) int
func open(name string, flag int, perm uint32) (int, int)
func readFile(name string) ([]byte, int, int)
func writeFile(name string, data []byte, perm uint32) (int, int)
func setenv(key, value string) bool
func remove(name string) int

// Remove removes the named file or empty directory.
func Remove(name string) error {
	if e := remove(name); e != 0 {
		return pathError("remove", name, e)
	}
	return nil
}

// TempDir returns $TMPDIR, or /tmp when it is empty.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

func pathError(op, path string, e int) error {
	return &PathError{op, path, errno(e)}
}

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// OpenFile opens the named file with the given flags and permissions.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := open(name, flag, uint32(perm))
	if e != 0 {
		return nil, pathError("open", name, e)
	}
	return &File{fd, name}, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file, opened for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// Exit ends the program at once with the given status; deferred calls do not run.
func Exit(code int)

func Getpid() int
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Unsetenv(key string) error
func Environ() []string

func Setenv(key, value string) error {
	if !setenv(key, value) {
		return errors.New("setenv: invalid argument")
	}
	return nil
}

func (f *File) Name() string { return f.name }
func (f *File) Fd() uintptr  { return uintptr(f.fd) }

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, &PathError{"write", f.name, ErrClosed}
	}
	n, errno := write(f.fd, b)
	if errno != 0 {
		return n, pathError("write", f.name, errno)
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read blocks only its goroutine; at end of input it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, &PathError{"read", f.name, ErrClosed}
	}
	n, errno := read(f.fd, b)
	if errno != 0 {
		return 0, pathError("read", f.name, errno)
	}
	if n == 0 && len(b) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{"close", f.name, ErrClosed}
	}
	errno := closeFd(f.fd)
	f.fd = -1
	if errno != 0 {
		return pathError("close", f.name, errno)
	}
	return nil
}

func ReadFile(name string) ([]byte, error) {
	data, op, errno := readFile(name)
	if errno != 0 {
		if op == 0 {
			return nil, pathError("open", name, errno)
		}
		return nil, pathError("read", name, errno)
	}
	return data, nil
}

func WriteFile(name string, data []byte, perm FileMode) error {
	op, errno := writeFile(name, data, uint32(perm))
	if errno != 0 {
		if op == 0 {
			return pathError("open", name, errno)
		}
		return pathError("write", name, errno)
	}
	return nil
}
