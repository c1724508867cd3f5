// Package strings as in Go 1.19. The functions are implemented in strings.c
// and builder.c, Replacer in replace.go, Reader in reader.go.
package strings

// A Builder builds a string with few copies; its layout is mirrored in
// strings.h. Copying a non-zero Builder and then writing to it panics.
type Builder struct {
	addr *Builder
	buf  []byte
}

func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Cap() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) WriteString(s string) (int, error)

func Index(s, substr string) int
func LastIndex(s, substr string) int
func IndexByte(s string, c byte) int
func LastIndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func IndexAny(s, chars string) int
func LastIndexAny(s, chars string) int
func IndexFunc(s string, f func(rune) bool) int
func LastIndexFunc(s string, f func(rune) bool) int
func Contains(s, substr string) bool
func ContainsRune(s string, r rune) bool
func ContainsAny(s, chars string) bool
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Count(s, substr string) int
func Compare(a, b string) int
func EqualFold(s, t string) bool
func Cut(s, sep string) (before, after string, found bool)

func Split(s, sep string) []string
func SplitN(s, sep string, n int) []string
func SplitAfter(s, sep string) []string
func SplitAfterN(s, sep string, n int) []string
func Fields(s string) []string
func FieldsFunc(s string, f func(rune) bool) []string
func Join(elems []string, sep string) string

func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Map(mapping func(rune) rune, s string) string
func ToUpper(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func Title(s string) string
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func TrimFunc(s string, f func(rune) bool) string
func TrimLeftFunc(s string, f func(rune) bool) string
func TrimRightFunc(s string, f func(rune) bool) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
