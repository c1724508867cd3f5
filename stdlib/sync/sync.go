// Package sync: Mutex, RWMutex, WaitGroup, Once, OnceFunc, Cond, Map and
// Pool, as Go's sync package. Functions without bodies are in C (sync.c)
// on top of the runtime's semaphores (runtime/sema.c); layouts are
// mirrored in sync.h.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy lets the copy-lock checker flag values copied after first use.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// Mutex: Go's algorithm with normal and starvation modes.
type Mutex struct {
	state int32
	sema  uint32
	// For the deadlock explanation (runtime/explain.c): who holds it,
	// and the return address of its Lock call.
	owner  int64
	lockpc uintptr
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) TryLock() bool

func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// WaitGroup: the counter in the high 32 bits of state, the number of
// waiters in the low 32. noCopy comes last so that C sees state at offset 0.
type WaitGroup struct {
	state  uint64
	sema   uint32
	noCopy noCopy
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func()) {
	if loadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

// doSlow marks o done even when f panics, as Go.
func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer storeUint32(&o.done, 1)
		f()
	}
}

// OnceFunc returns a function, safe for concurrent calls, that calls f
// only the first time. If f panics, every call panics with f's value:
// the first re-panics from its deferred recover, so its panic reads
// "[recovered, repanicked]" as in Go. (OnceValue and OnceValues are
// generic, which minigo is not.)
func OnceFunc(f func()) func() {
	var (
		once     Once
		returned bool // f returned normally
		p        any
	)
	call := func() {
		defer func() {
			if !returned {
				p = recover()
				panic(p)
			}
		}()
		f()
		f = nil // f is not needed any more
		returned = true
	}
	return func() {
		once.Do(call)
		if !returned {
			panic(p)
		}
	}
}

func loadUint32(addr *uint32) uint32
func storeUint32(addr *uint32, val uint32)

// notifyList mirrors the runtime's mg_notifylist (runtime/sema.h).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uint32
	head   uintptr
	tail   uintptr
}

func runtime_notifyListAdd(l *notifyList) uint32
func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyOne(l *notifyList)
func runtime_notifyListNotifyAll(l *notifyList)

type Cond struct {
	L      Locker
	notify notifyList
	noCopy noCopy
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

func (c *Cond) Signal() { runtime_notifyListNotifyOne(&c.notify) }

func (c *Cond) Broadcast() { runtime_notifyListNotifyAll(&c.notify) }

// Map is a map safe for concurrent use: a plain map under a mutex (Go's
// lock-free read path is an optimization, not a semantic difference).
type Map struct {
	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

func (m *Map) Delete(key any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, key)
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	previous, loaded = m.m[key]
	m.m[key] = value
	return
}

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// Range calls f on a snapshot, so that f may use the Map itself.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	values := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		values = append(values, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], values[i]) {
			break
		}
	}
}

// Pool is a free list; Go may drop pooled items at any GC, this one keeps
// them, which a correct program cannot tell apart.
type Pool struct {
	mu    Mutex
	items []any
	New   func() any
}

func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}
