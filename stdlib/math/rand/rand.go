// Package rand as in modern Go: rand.New(rand.NewSource(seed)) yields Go's
// exact sequence (rng.c; normal.go and exp.go are Go 1.19's own files);
// the top-level functions are randomly seeded and Seed is a no-op, as in
// Go 1.24+. Read is not provided.
package rand

// A Source is a source of uniformly distributed int63 values.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uint64 values.
type Source64 interface {
	Source
	Uint64() uint64
}

// rngSource is Go's lagged Fibonacci generator; rand.h mirrors its layout.
type rngSource struct {
	tap  int
	feed int
	vec  [607]int64
}

func (rng *rngSource) Seed(seed int64)
func (rng *rngSource) Int63() int64
func (rng *rngSource) Uint64() uint64

// NewSource returns a new Source seeded with seed; it is not safe for
// concurrent use.
func NewSource(seed int64) Source {
	rng := &rngSource{}
	rng.Seed(seed)
	return rng
}

// fastSource is the goroutine-safe, randomly seeded source of the
// top-level functions.
type fastSource struct{}

func fastrand64() uint64

func (fastSource) Int63() int64    { return int64(fastrand64() >> 1) }
func (fastSource) Uint64() uint64  { return fastrand64() }
func (fastSource) Seed(seed int64) {}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64
}

func New(src Source) *Rand {
	r := &Rand{src: src}
	switch s64 := src.(type) {
	case Source64:
		r.s64 = s64
	}
	return r
}

func (r *Rand) Seed(seed int64) { r.src.Seed(seed) }
func (r *Rand) Int63() int64    { return r.src.Int63() }
func (r *Rand) Uint32() uint32  { return uint32(r.Int63() >> 31) }

func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n is Lemire's method, which Shuffle uses.
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

var globalRand = New(fastSource{})

// Seed is a no-op, as in Go 1.24+: the top-level functions stay random.
func Seed(seed int64) {}

func Int63() int64                       { return globalRand.Int63() }
func Uint32() uint32                     { return globalRand.Uint32() }
func Uint64() uint64                     { return globalRand.Uint64() }
func Int31() int32                       { return globalRand.Int31() }
func Int() int                           { return globalRand.Int() }
func Int63n(n int64) int64               { return globalRand.Int63n(n) }
func Int31n(n int32) int32               { return globalRand.Int31n(n) }
func Intn(n int) int                     { return globalRand.Intn(n) }
func Float64() float64                   { return globalRand.Float64() }
func Float32() float32                   { return globalRand.Float32() }
func Perm(n int) []int                   { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

func NormFloat64() float64 { return globalRand.NormFloat64() }
func ExpFloat64() float64  { return globalRand.ExpFloat64() }
