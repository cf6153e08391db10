package schedule

// key is a unit's priority: smaller first, compared field by field, then
// by unit index (address order).
type key [4]int

func keyLess(a, b key, ua, ub int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return ua < ub
}

// unitHeap is a binary min-heap of units by key.
type unitHeap struct {
	items []int
	keys  []key
}

func (h *unitHeap) less(i, j int) bool {
	a, b := h.items[i], h.items[j]
	return keyLess(h.keys[a], h.keys[b], a, b)
}

func (h *unitHeap) push(u int) {
	h.items = append(h.items, u)
	for i := len(h.items) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *unitHeap) pop() int {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && h.less(l, m) {
			m = l
		}
		if r < last && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
	return top
}

// readySet holds ready units in two heaps, those with critical cutovers
// and those without, so that once a wave has its max_critical the
// critical ones are not popped (and turned away) one by one.
type readySet struct {
	p          *Problem
	plain, cri unitHeap
}

func newReadySet(p *Problem, keys []key) *readySet {
	return &readySet{p: p, plain: unitHeap{keys: keys}, cri: unitHeap{keys: keys}}
}

func (r *readySet) push(u int) {
	if r.p.Critical[u] > 0 {
		r.cri.push(u)
	} else {
		r.plain.push(u)
	}
}

func (r *readySet) len() int { return len(r.plain.items) + len(r.cri.items) }

// pop returns the best ready unit, leaving critical ones aside when
// critOpen is false; ok is false when there is none to offer.
func (r *readySet) pop(critOpen bool) (u int, ok bool) {
	useCri := critOpen && len(r.cri.items) > 0
	if useCri && len(r.plain.items) > 0 {
		a, b := r.plain.items[0], r.cri.items[0]
		useCri = keyLess(r.cri.keys[b], r.plain.keys[a], b, a)
	}
	switch {
	case useCri:
		return r.cri.pop(), true
	case len(r.plain.items) > 0:
		return r.plain.pop(), true
	}
	return 0, false
}

// intHeap is a binary min-heap of ints.
type intHeap []int

func (h *intHeap) push(x int) {
	*h = append(*h, x)
	s := *h
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if s[p] <= s[i] {
			break
		}
		s[p], s[i] = s[i], s[p]
		i = p
	}
}

func (h *intHeap) pop() int {
	s := *h
	top, last := s[0], len(s)-1
	s[0] = s[last]
	s = s[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && s[l] < s[m] {
			m = l
		}
		if r < last && s[r] < s[m] {
			m = r
		}
		if m == i {
			break
		}
		s[i], s[m] = s[m], s[i]
		i = m
	}
	*h = s
	return top
}

// maxMisses bounds how many ready units a wave may turn away for lack of
// room before it is closed, so that a long ready list of units too large
// for what is left of the wave cannot make scheduling quadratic.
const maxMisses = 256

// list is parallel list scheduling: wave by wave, the ready units (every
// predecessor placed, lags honoured, release reached) go in by priority
// while they fit. With reverse set it schedules the reversed graph (for
// right-justifying) and returns positions counted from the end; releases
// are left out there, as the reversed schedule only orders the forward
// pass that follows it (see justify), which honours them.
func (p *Problem) list(keys []key, reverse bool) []int {
	return p.listMode(keys, reverse, false)
}

// listMode is list with an option: with deferLate, a unit already past
// its latest start (it, or something waiting for it, will be late
// whatever happens) yields its place in the wave to units that can still
// be on time, and takes what room is left after them. For unit-sized work
// on one bottleneck this is the classic way to minimise the number of late
// jobs; here it is one more candidate.
func (p *Problem) listMode(keys []key, reverse, deferLate bool) []int {
	p.passes++
	in, out := p.bwd, p.fwd
	if reverse {
		in, out = p.fwd, p.bwd
	}
	wave := make([]int, p.n)
	est := make([]int, p.n)
	left := make([]int, p.n)
	for u := 0; u < p.n; u++ {
		left[u] = len(in[u])
	}
	h := newReadySet(p, keys)
	var later [][]int   // units released for a future wave
	var pending intHeap // the waves later holds units for
	release := func(u, w int) {
		for len(later) <= w {
			later = append(later, nil)
		}
		if len(later[w]) == 0 {
			pending.push(w)
		}
		later[w] = append(later[w], u)
	}
	if !reverse { // a unit takes no wave before its release
		for u := 0; u < p.n; u++ {
			est[u] = p.release(u)
		}
	}
	for u := 0; u < p.n; u++ {
		if left[u] == 0 {
			if est[u] > 0 {
				release(u, est[u])
			} else {
				h.push(u)
			}
		}
	}
	done := 0
	var deferred, deferredLate []int
	// With deferLate, units found past their latest start move here for
	// good (they stay late as waves go by) and take the room the on-time
	// units leave.
	lateH := newReadySet(p, keys)
	for w := 0; done < p.n; w++ {
		if h.len() == 0 && lateH.len() == 0 {
			// Nothing can go in before the next release: skip the
			// empty waves (a not_before years away costs nothing).
			for len(pending) > 0 && pending[0] < w {
				pending.pop()
			}
			if len(pending) > 0 {
				w = max(w, pending[0])
			}
		}
		if w < len(later) {
			for _, u := range later[w] {
				h.push(u)
			}
			later[w] = nil
		}
		c, k, misses := 0, 0, 0
		ef := 0.0
		deferred, deferredLate = deferred[:0], deferredLate[:0]
		for {
			if p.MaxChanges > 0 && c >= p.MaxChanges {
				break
			}
			critOpen := p.MaxCritical == 0 || k < p.MaxCritical
			u, ok := h.pop(critOpen)
			fromLate := !ok
			if fromLate {
				if u, ok = lateH.pop(critOpen); !ok {
					break
				}
			} else if deferLate && p.ls[u] < w {
				lateH.push(u)
				continue
			}
			if !p.fits(u, c, ef, k) {
				if fromLate {
					deferredLate = append(deferredLate, u)
				} else {
					deferred = append(deferred, u)
				}
				if misses++; misses >= maxMisses {
					break
				}
				continue
			}
			wave[u] = w
			c, ef, k = c+p.Changes[u], ef+p.Effort[u], k+p.Critical[u]
			done++
			for _, a := range out[u] {
				t := a.to
				est[t] = max(est[t], w+a.lag)
				if left[t]--; left[t] == 0 {
					if est[t] <= w {
						h.push(t)
					} else {
						release(t, est[t])
					}
				}
			}
		}
		for _, u := range deferred {
			h.push(u)
		}
		for _, u := range deferredLate {
			lateH.push(u)
		}
	}
	return wave
}

// compact moves every unit, in wave order, to the earliest wave its
// release, its predecessors and the waves' room allow. No unit moves later, so no
// deadline is missed by more and no wave is added; afterwards every unit
// sits at its earliest start or the wave before it has no room for it.
func (p *Problem) compact(wave []int) {
	// Units by wave, then by index: a counting sort (the order is the
	// one any sort on that key gives, as no two units tie).
	order := p.byWave(wave)
	l := p.LoadOf(wave)
	// full[x] skips waves already at max_changes (union-find to the next
	// wave that is not), so a long run of full waves costs nothing.
	full := make([]int, len(l.Changes)+1)
	for i := range full {
		full[i] = i
	}
	var find func(x int) int
	find = func(x int) int {
		for full[x] != x {
			full[x] = full[full[x]]
			x = full[x]
		}
		return x
	}
	for x := range l.Changes {
		if p.MaxChanges > 0 && l.Changes[x] >= p.MaxChanges {
			full[x] = x + 1
		}
	}
	for _, u := range order {
		est := p.release(u)
		for _, a := range p.bwd[u] {
			est = max(est, wave[a.to]+a.lag)
		}
		tries := 0
		for x := find(est); x < wave[u] && tries < maxMisses; x = find(x + 1) {
			tries++
			if l.fits(p, u, x) {
				old := wave[u]
				l.add(p, u, old, -1)
				l.add(p, u, x, 1)
				wave[u] = x
				if p.MaxChanges > 0 && l.Changes[x] >= p.MaxChanges {
					full[x] = x + 1
				}
				if p.MaxChanges > 0 && l.Changes[old] < p.MaxChanges {
					full[old] = old // a freed slot: wave old is open again
				}
				break
			}
		}
	}
}

// byWave returns the units ordered by wave, then by index. When the waves
// are few (as usual) it counts instead of comparing; the order is the one
// any sort on that key gives, as no two units tie.
func (p *Problem) byWave(wave []int) []int {
	order := make([]int, p.n)
	nw := 0
	for _, w := range wave {
		nw = max(nw, w+1)
	}
	if nw > 4*p.n+64 { // long soak gaps: sort instead
		for i := range order {
			order[i] = i
		}
		sortUnits(order, func(a, b int) bool {
			if wave[a] != wave[b] {
				return wave[a] < wave[b]
			}
			return a < b
		})
		return order
	}
	start := make([]int, nw+1)
	for _, w := range wave {
		start[w+1]++
	}
	for w := 1; w <= nw; w++ {
		start[w] += start[w-1]
	}
	for u, w := range wave {
		order[start[w]] = u
		start[w]++
	}
	return order
}
