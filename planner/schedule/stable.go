package schedule

// Anchors say where an earlier plan (the baseline) put each unit, for
// Stabilise. Every slice has one entry per unit.
type Anchors struct {
	// Target is the wave (0-based) the baseline dated the unit on, or -1
	// for a unit it did not have (a new action, or one whose old date is
	// no wave of this calendar). A unit anywhere else has moved.
	Target []int
	// Fixed marks units committed to their Target: they never move. The
	// caller makes sure the committed units fit there (predecessors
	// committed no later, room in each wave, releases reached).
	Fixed []bool
	// FirstFree is the first wave a unit that is not fixed may take:
	// waves before it are committed and take no other work.
	FirstFree int
}

// Stabilise replans against a baseline: it returns a schedule with no
// more waves and no more missed deadlines than scratch (the schedule
// Solve made from scratch) with, among those, the fewest actions (units
// weighted by their changes) away from their Target, then the fewest
// days late. It is a phase of its own after Solve, bounded like it by
// size (at most stableRounds solves, each candidate pulled back at most
// pullRounds times, ejection chains within ejectTotal wave looks per
// unit):
//
//  0. repair from the baseline (fromBaseline): every unit on its Target,
//     what the change forces pushed later, each wave then over a limit
//     relieved by the cheapest ejection chain, and late units pulled on
//     time with their predecessors while there are more breaches than
//     scratch has;
//  1. hold: Solve again with floors, each anchored unit taking no wave
//     before its Target (compaction leaves it there unless room or a
//     predecessor pushes it later), once plain and once with each held
//     unit also due on its Target's day (so Solve's care for deadlines
//     keeps held units from moving later); units whose Target cannot meet their
//     latest start (deadlines propagated back) or lies past the wave
//     count are free from the start, and each round that misses the
//     bounds frees those the round found late or beyond the wave count;
//  2. pull back (after settling the units that moved anyway as early
//     as they can go): each unit away from its Target moves there when
//     precedences, the wave count and the breach count allow and the
//     wave has room or can be given room by moving out a unit that has
//     moved anyway (in topological order for moves earlier, reverse for
//     moves later);
//  3. keep: one list pass that leaves every anchored unit that is not
//     free on its Target unless a predecessor or the room pushes it
//     later: first with only new units free, then with each round's free
//     units, before that round's hold;
//  4. scratch itself, pulled back, which always meets the bounds;
//
// and keeps the candidate with the fewest moved, then days late, each
// settled and pulled back. The one kept is then restored: each unit
// away from its Target goes back when an ejection chain makes room there
// for fewer moves than it saves (see restore).
func (p *Problem) Stabilise(scratch []int, a Anchors) []int {
	if p.n == 0 {
		return scratch
	}
	bound := p.Score(scratch)
	ok := func(s Score) bool { return s.Waves <= bound.Waves && s.Breaches <= bound.Breaches }
	var best []int
	bestMoved, bestLate := 0, 0
	consider := func(w []int) {
		p.settle(w, a)
		p.pullBack(w, a, bound)
		if !a.valid(p, w) || !ok(p.Score(w)) {
			return
		}
		m, late := p.moved(w, a), p.Score(w).Late
		if best == nil || m < bestMoved || (m == bestMoved && late < bestLate) {
			best, bestMoved, bestLate = w, m, late
		}
	}
	if a.valid(p, scratch) {
		consider(append([]int(nil), scratch...))
	}
	free := make([]bool, p.n)
	for u := 0; u < p.n; u++ {
		free[u] = !a.Fixed[u] && a.Target[u] < 0
	}
	consider(p.keep(scratch, a, free))
	if w := p.fromBaseline(a, bound); w != nil {
		consider(w)
	}
	for u := 0; u < p.n; u++ {
		t := a.Target[u]
		// Free what must move to meet a deadline it still can, or to
		// stay within the wave count; a unit late wherever it goes
		// keeps its place.
		free[u] = !a.Fixed[u] && (t < 0 || t < a.FirstFree || (t > p.ls[u] && p.ls[u] >= p.head[u]) || t >= bound.Waves)
	}
	for round := 0; round < stableRounds; round++ {
		kw := p.keep(scratch, a, free)
		consider(kw)
		consider(p.hold(a, free, bound.Waves, true))
		w := p.hold(a, free, bound.Waves, false)
		consider(w)
		if ok(p.Score(w)) || ok(p.Score(kw)) {
			break
		}
		more := false
		for u := 0; u < p.n; u++ {
			if !free[u] && !a.Fixed[u] && (w[u] > p.ls[u] || w[u]+p.tail[u] >= bound.Waves) {
				free[u], more = true, true
			}
		}
		if !more {
			break
		}
	}
	if best == nil {
		// Only commitments can leave no candidate within the bounds:
		// keep them, and plan the rest around them.
		for u := range free {
			free[u] = !a.Fixed[u]
		}
		best = p.hold(a, free, bound.Waves, false)
	} else {
		p.restore(best, a, bound)
	}
	p.settle(best, a)
	return best
}

// stableRounds bounds the hold rounds of Stabilise, pullRounds the
// rounds of each pull back.
const (
	stableRounds = 6
	pullRounds   = 30
)

// valid reports whether every fixed unit is at its Target in w.
func (a Anchors) valid(p *Problem, w []int) bool {
	for u := 0; u < p.n; u++ {
		if a.Fixed[u] && w[u] != a.Target[u] {
			return false
		}
	}
	return true
}

// moved counts the changes of the anchored units away from their Target.
func (p *Problem) moved(w []int, a Anchors) int {
	m := 0
	for u, t := range a.Target {
		if t >= 0 && w[u] != t {
			m += p.Changes[u]
		}
	}
	return m
}

// hold schedules the problem again, from scratch but with floors: an
// anchored unit that is not free takes no wave before its Target, a fixed
// one its Target, and no unit that is not fixed a wave before FirstFree.
// Solve's compaction then leaves each held unit on its Target unless
// room or a predecessor pushes it later.
//
// With due set, each held unit is also due on its Target's day: Solve,
// which makes as few deadlines late as it can, then keeps as many held
// units as it can from moving later (a move later is a missed deadline
// of its own).
func (p *Problem) hold(a Anchors, free []bool, target int, due bool) []int {
	q := &Problem{Changes: p.Changes, Effort: p.Effort, Critical: p.Critical, Latest: p.Latest, Due: p.Due,
		Edges: p.Edges, MaxChanges: p.MaxChanges, MaxEffort: p.MaxEffort, MaxCritical: p.MaxCritical,
		Calendar: p.Calendar, Release: make([]int, p.n)}
	if due {
		q.Latest, q.Due = make([]int, p.n), make([][]int32, p.n)
	}
	for u := 0; u < p.n; u++ {
		t := a.Target[u]
		held := !a.Fixed[u] && !free[u]
		switch {
		case a.Fixed[u]:
			q.Release[u] = t
		case free[u]:
			q.Release[u] = max(p.release(u), a.FirstFree)
		default:
			q.Release[u] = max(p.release(u), a.FirstFree, t)
		}
		if due {
			q.Latest[u], q.Due[u] = p.Latest[u], p.Due[u]
			if held {
				q.Latest[u] = min(q.Latest[u], t)
				q.Due[u] = append(append([]int32(nil), p.Due[u]...), int32(p.day(t)))
			}
		}
	}
	q.Prepare()
	return q.Solve(target)
}

// keep is one list pass that keeps every anchored unit that is not free
// on its Target unless a predecessor or the room pushes it later: it
// takes no wave before its Target and goes first there; a free unit
// aims at its wave in scratch (or its latest start, if earlier) and
// takes the room left; units that are not fixed take no wave before
// FirstFree.
func (p *Problem) keep(scratch []int, a Anchors, free []bool) []int {
	floor := make([]int, p.n)
	keys := make([]key, p.n)
	for u := 0; u < p.n; u++ {
		t := a.Target[u]
		switch {
		case a.Fixed[u]:
			floor[u], keys[u] = t, key{t, p.ls[u], -p.tail[u]}
		case free[u]:
			aim := min(scratch[u], p.ls[u])
			floor[u], keys[u] = max(p.release(u), a.FirstFree), key{aim, p.ls[u], -p.tail[u]}
		default:
			floor[u], keys[u] = max(p.release(u), a.FirstFree, t), key{t, p.ls[u], -p.tail[u]}
		}
	}
	saved := p.Release
	p.Release = floor
	w := p.list(keys, false)
	p.Release = saved
	return w
}

// pullBack moves each unit that is away from its Target (and not fixed)
// onto it, when its predecessors and successors where they stand, its
// release and FirstFree, the wave count and the breach count of bound
// all allow, and the Target wave has room or can be given room by
// moving one unit that is not on its own Target there (to its Target,
// or to the earliest other wave that takes it: it has moved anyway).
// Forward in topological order for moves to an earlier wave, backward
// for moves to a later one, until a round moves nothing (at most
// stableRounds rounds).
func (p *Problem) pullBack(w []int, a Anchors, bound Score) {
	b := &puller{p: p, w: w, a: a, bound: bound, l: p.LoadOf(w), breaches: p.Score(w).Breaches}
	b.in = make([][]int, len(b.l.Changes))
	for u, x := range w {
		b.in[x] = append(b.in[x], u)
	}
	for round := 0; round < pullRounds; round++ {
		changed := false
		for _, u := range p.topo {
			if t := a.Target[u]; t >= 0 && t < w[u] && b.try(u) {
				changed = true
			}
		}
		for i := len(p.topo) - 1; i >= 0; i-- {
			if u := p.topo[i]; a.Target[u] > w[u] && b.try(u) {
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

// puller is the state of pullBack: the schedule, its load, the units of
// each wave and its breaches.
type puller struct {
	p        *Problem
	w        []int
	a        Anchors
	bound    Score
	l        *Load
	in       [][]int
	breaches int
}

// allowed reports whether unit u may take wave x with every neighbour
// where it stands (room not considered).
func (b *puller) allowed(u, x int) bool {
	p := b.p
	if x < 0 || x >= b.bound.Waves || x < p.release(u) || (x < b.a.FirstFree && !b.a.Fixed[u]) {
		return false
	}
	for _, e := range p.bwd[u] {
		if b.w[e.to]+e.lag > x {
			return false
		}
	}
	for _, e := range p.fwd[u] {
		if x+e.lag > b.w[e.to] {
			return false
		}
	}
	return true
}

// move puts unit u in wave x.
func (b *puller) move(u, x int) {
	p, from := b.p, b.w[u]
	b.breaches += p.missed(u, x) - p.missed(u, from)
	b.l.add(p, u, from, -1)
	b.l.add(p, u, x, 1)
	for len(b.in) <= x {
		b.in = append(b.in, nil)
	}
	ms := b.in[from]
	for i, v := range ms {
		if v == u {
			b.in[from] = append(ms[:i], ms[i+1:]...)
			break
		}
	}
	b.in[x] = append(b.in[x], u)
	b.w[u] = x
}

// try moves unit u onto its Target, making room there if need be.
func (b *puller) try(u int) bool {
	p, t := b.p, b.a.Target[u]
	if b.a.Fixed[u] || !b.allowed(u, t) {
		return false
	}
	if b.breaches-p.missed(u, b.w[u])+p.missed(u, t) > b.bound.Breaches {
		return false
	}
	if b.l.fits(p, u, t) {
		b.move(u, t)
		return true
	}
	from := b.w[u]
	for _, v := range append([]int(nil), b.in[t]...) {
		if b.a.Fixed[v] || b.a.Target[v] == t {
			continue
		}
		b.l.add(p, v, t, -1)
		room := b.l.fits(p, u, t)
		b.l.add(p, v, t, 1)
		if !room {
			continue
		}
		b.move(u, t)
		if b.evict(v, t) {
			return true
		}
		b.move(u, from)
	}
	return false
}

// evict moves unit v out of wave t: to its Target if that takes it,
// else to the earliest wave that does, within the breach bound.
func (b *puller) evict(v, t int) bool {
	p := b.p
	ok := func(x int) bool {
		if x == t || !b.allowed(v, x) || !b.l.fits(p, v, x) {
			return false
		}
		return b.breaches-p.missed(v, t)+p.missed(v, x) <= b.bound.Breaches
	}
	if x := b.a.Target[v]; x >= 0 && ok(x) {
		b.move(v, x)
		return true
	}
	lo := max(p.release(v), b.a.FirstFree)
	for _, e := range p.bwd[v] {
		lo = max(lo, b.w[e.to]+e.lag)
	}
	for x, tries := lo, 0; x < b.bound.Waves && tries < maxMisses; x++ {
		tries++
		if ok(x) {
			b.move(v, x)
			return true
		}
	}
	return false
}

// missed counts the deadlines unit u misses in wave x.
func (p *Problem) missed(u, x int) int {
	d, n := p.day(x), 0
	for _, dl := range p.Due[u] {
		if d > int(dl) {
			n++
		}
	}
	return n
}

// settle moves each unit that is not at its Target (new units, and those
// that moved anyway) to the earliest wave its release, FirstFree, its
// predecessors and the room allow, when that is earlier: it can only
// remove days late, and it moves no unit that kept its place.
func (p *Problem) settle(w []int, a Anchors) {
	l := p.LoadOf(w)
	for _, u := range p.byWave(w) {
		if a.Fixed[u] || w[u] == a.Target[u] {
			continue
		}
		est := max(p.release(u), a.FirstFree)
		for _, e := range p.bwd[u] {
			est = max(est, w[e.to]+e.lag)
		}
		for x := est; x < w[u] && x-est < maxMisses; x++ {
			if l.fits(p, u, x) {
				l.add(p, u, w[u], -1)
				l.add(p, u, x, 1)
				w[u] = x
				break
			}
		}
	}
}
