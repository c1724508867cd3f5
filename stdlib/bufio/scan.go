// Package bufio wraps an io.Reader or io.Writer in a buffer (Reader,
// Writer, ReadWriter) and splits input into tokens (Scanner), with the
// API, error values and buffering behaviour of Go's bufio.
package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

// MaxScanTokenSize is the default limit on the size of one token.
const MaxScanTokenSize = 64 * 1024

// firstScanBuf is the size of the Scanner's first buffer; it doubles
// from there up to the token limit.
const firstScanBuf = 4096

// maxEmptyReads bounds how often a reader may return nothing before we
// give up; it also bounds empty tokens at end of input.
const maxEmptyReads = 100

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	// ErrFinalToken, returned by a SplitFunc, ends the scan after the
	// token returned with it.
	ErrFinalToken = errors.New("final token")
)

// A SplitFunc looks at the unconsumed input and reports how many bytes to
// consume and the token found (nil: none yet, ask for more input).
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// A Scanner reads input and hands it out one token at a time. The input
// waiting to be split is buf[lo:hi].
type Scanner struct {
	r       io.Reader
	split   SplitFunc
	limit   int
	buf     []byte
	lo, hi  int
	token   []byte
	err     error // first read or split error; io.EOF at end of input
	empties int   // empty tokens in a row at end of input
	started bool
	done    bool
}

func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, limit: MaxScanTokenSize}
}

// Err returns the first error met, nil at a clean end of input.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the last token; the next Scan may overwrite it.
func (s *Scanner) Bytes() []byte { return s.token }

func (s *Scanner) Text() string { return string(s.token) }

// Buffer sets the initial buffer and the maximum token size; the buffer
// is used up to its capacity.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.started {
		panic("Buffer called after Scan")
	}
	s.buf = buf[:cap(buf)]
	s.limit = max
}

func (s *Scanner) Split(split SplitFunc) {
	if s.started {
		panic("Split called after Scan")
	}
	s.split = split
}

// Scan moves to the next token, reading more input whenever the split
// function needs it. It returns false at the end of input or on error.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.started = true
	for {
		// Only split when there is data, or at EOF to flush the rest.
		if s.hi > s.lo || s.err != nil {
			if found, ok := s.splitOnce(); found {
				return ok
			}
		}
		if s.err != nil {
			s.lo, s.hi = 0, 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		s.readMore()
	}
}

// splitOnce runs the split function once. found reports that Scan should
// return ok now; otherwise more input is needed.
func (s *Scanner) splitOnce() (found, ok bool) {
	adv, tok, err := s.split(s.buf[s.lo:s.hi], s.err != nil)
	if err == ErrFinalToken {
		s.token = tok
		s.done = true
		// Go 1.22+: a nil final token ends the scan without a token.
		return true, tok != nil
	}
	if err != nil {
		s.setErr(err)
		return true, false
	}
	if !s.advance(adv) {
		return true, false
	}
	s.token = tok
	if tok == nil {
		return false, false
	}
	s.countEmpty(adv)
	return true, true
}

// countEmpty guards against a split function that, at end of input,
// keeps returning empty tokens without consuming anything.
func (s *Scanner) countEmpty(adv int) {
	if s.err == nil || adv > 0 {
		s.empties = 0
		return
	}
	s.empties++
	if s.empties > maxEmptyReads {
		panic("bufio.Scan: too many empty tokens without progressing")
	}
}

func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.setErr(ErrNegativeAdvance)
		return false
	}
	if n > s.hi-s.lo {
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.lo += n
	return true
}

// makeRoom makes space to read into: it slides pending data to the front
// when that frees enough, or else grows the buffer (ErrTooLong once the
// limit is reached).
func (s *Scanner) makeRoom() bool {
	if s.lo > 0 && (s.hi == len(s.buf) || s.lo > len(s.buf)/2) {
		copy(s.buf, s.buf[s.lo:s.hi])
		s.hi -= s.lo
		s.lo = 0
	}
	if s.hi < len(s.buf) {
		return true
	}
	if len(s.buf) >= s.limit {
		s.setErr(ErrTooLong)
		return false
	}
	size := len(s.buf) * 2
	if size == 0 {
		size = firstScanBuf
	}
	if size > s.limit {
		size = s.limit
	}
	grown := make([]byte, size)
	copy(grown, s.buf[s.lo:s.hi])
	s.buf = grown
	s.hi -= s.lo
	s.lo = 0
	return true
}

// readMore reads until it gets some data or an error.
func (s *Scanner) readMore() {
	for tries := 0; ; tries++ {
		n, err := s.r.Read(s.buf[s.hi:])
		if n < 0 || n > len(s.buf)-s.hi {
			s.setErr(ErrBadReadCount)
			return
		}
		s.hi += n
		if err != nil {
			s.setErr(err)
			return
		}
		if n > 0 {
			s.empties = 0
			return
		}
		if tries >= maxEmptyReads {
			s.setErr(io.ErrNoProgress)
			return
		}
	}
}

// setErr keeps the first real error; io.EOF may be replaced.
func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// ScanBytes makes each byte a token.
func ScanBytes(data []byte, atEOF bool) (int, []byte, error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

// ScanRunes makes each UTF-8 rune a token; an invalid byte becomes
// U+FFFD.
func ScanRunes(data []byte, atEOF bool) (int, []byte, error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[:1], nil
	}
	if _, size := utf8.DecodeRune(data); size > 1 {
		return size, data[:size], nil
	}
	// A rune cut short by the buffer end may still complete.
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, []byte(string(utf8.RuneError)), nil
}

// ScanLines makes each line a token, without its "\n" or "\r\n"; a last
// line without a newline is still a token.
func ScanLines(data []byte, atEOF bool) (int, []byte, error) {
	for i, c := range data {
		if c == '\n' {
			return i + 1, trimCR(data[:i]), nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), trimCR(data), nil
	}
	return 0, nil, nil
}

func trimCR(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[:n-1]
	}
	return line
}

// ScanWords makes each run of non-space runes a token.
func ScanWords(data []byte, atEOF bool) (int, []byte, error) {
	start := 0
	for start < len(data) {
		r, size := utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
		start += size
	}
	for i := start; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + size, data[start:i], nil
		}
		i += size
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	// Consume the leading spaces; the word is not complete yet.
	return start, nil, nil
}

// isSpace is unicode.IsSpace, spelled out so bufio needs no tables.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0,
		0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}
