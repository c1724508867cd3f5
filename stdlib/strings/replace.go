package strings

// Replacer replaces a list of strings with replacements; it is safe for
// concurrent use. At each position of the input the first old string of
// the argument list that matches there wins, as in Go.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a Replacer from old, new string pairs.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// Replace returns a copy of s with all replacements performed. After an
// empty old string matched, the other old strings may match at the same
// position.
func (r *Replacer) Replace(s string) string {
	var b Builder
	prevEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s[i:], prevEmpty)
		prevEmpty = k >= 0 && r.oldnew[k] == ""
		if k >= 0 {
			b.WriteString(r.oldnew[k+1])
			i += len(r.oldnew[k])
			continue
		}
		if i < len(s) {
			b.WriteByte(s[i])
		}
		i++
	}
	return b.String()
}

// match returns the index of the first old string that prefixes s, or -1.
func (r *Replacer) match(s string, skipEmpty bool) int {
	for k := 0; k < len(r.oldnew); k += 2 {
		if (!skipEmpty || r.oldnew[k] != "") && HasPrefix(s, r.oldnew[k]) {
			return k
		}
	}
	return -1
}
