// Package utf8 as in Go 1.19; the decoding functions are in utf8.c.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func RuneLen(r rune) int
func ValidRune(r rune) bool
func RuneCountInString(s string) int
func RuneCount(p []byte) int
func ValidString(s string) bool
func Valid(p []byte) bool
func FullRuneInString(s string) bool
func FullRune(p []byte) bool
func DecodeRuneInString(s string) (rune, int)
func DecodeLastRuneInString(s string) (rune, int)
func DecodeRune(p []byte) (rune, int)
func DecodeLastRune(p []byte) (rune, int)

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func EncodeRune(p []byte, r rune) int

func AppendRune(p []byte, r rune) []byte {
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}
