package schedule

import "sort"

// This file holds Stabilise's repair from the baseline: start from the
// waves the baseline gave each unit, push what the change forces later,
// and make room in each wave left over its limits by ejection chains (a
// unit moves to another wave; if that wave is now full, one of its units
// moves on, and so on), the cheapest chain first, so that only the units
// the change forces, and a few that give way to them, move.

// ejectBudget bounds the waves one chain search looks at, and ejectTotal
// (per unit of the problem, at least ejectFloor) those of the whole
// repair, so the work depends on the size only.
const (
	ejectBudget = 50_000
	ejectTotal  = 400
	ejectFloor  = 2_000_000
)

// ejector is the state of the repair: a schedule with its load, the
// units of each wave, its breaches and days late, and a log of moves to
// undo a chain tried.
type ejector struct {
	p        *Problem
	a        Anchors
	waves    int // the wave count no wave may reach
	w        []int
	l        *Load
	in       [][]int
	breaches int
	late     int
	moved    int   // changes away from their Target
	log      []int // unit, wave it left: pairs, oldest first
	// work counts the waves the chain searches looked at; budget is
	// where the whole repair stops.
	work, budget int
	// label is the search's cheapest way found into each wave.
	label []chainLabel
}

// chainCost is what a chain costs: moved changes (units away from their
// Target, weighted by changes; a unit brought back to its Target counts
// against), then breaches, then days late, after it.
type chainCost struct{ moved, breaches, late int }

func (c chainCost) less(d chainCost) bool {
	if c.moved != d.moved {
		return c.moved < d.moved
	}
	if c.breaches != d.breaches {
		return c.breaches < d.breaches
	}
	return c.late < d.late
}

// fromBaseline is the repair candidate of Stabilise: every unit on its
// Target, then in topological order each one that its release,
// FirstFree or a predecessor no longer allows there pushed to the first
// wave they allow (a new unit, or one whose Target is past the wave
// count, to the first wave that allows it and has room), then each wave
// over its limits relieved by the cheapest ejection chains, then, while
// there are more breaches than bound allows, late units put on time by
// chains. It returns nil when a unit falls past bound's wave count or a
// wave cannot be relieved within the budget.
func (p *Problem) fromBaseline(a Anchors, bound Score) []int {
	w := make([]int, p.n)
	l := &Load{}
	l.grow(bound.Waves)
	for _, u := range p.topo {
		est := p.release(u)
		if !a.Fixed[u] {
			est = max(est, a.FirstFree)
		}
		for _, e := range p.bwd[u] {
			est = max(est, w[e.to]+e.lag)
		}
		t := a.Target[u]
		switch {
		case a.Fixed[u]:
			w[u] = t
		case t >= 0 && t < bound.Waves:
			w[u] = max(t, est)
		default:
			w[u] = est
			for x := est; x < bound.Waves && x-est < maxMisses; x++ {
				if l.fits(p, u, x) {
					w[u] = x
					break
				}
			}
		}
		if w[u] >= bound.Waves {
			return nil
		}
		l.add(p, u, w[u], 1)
	}
	e := p.newEjector(a, bound.Waves, w)
	for x := 0; x < bound.Waves; x++ {
		for e.over(x) {
			if !e.relieve(x, max(bound.Breaches, e.breaches)) {
				return nil
			}
			e.log = e.log[:0]
		}
	}
	e.meet(bound.Breaches)
	return w
}

// newEjector is the repair's state for schedule w (which it changes) in
// waves waves at most.
func (p *Problem) newEjector(a Anchors, waves int, w []int) *ejector {
	e := &ejector{p: p, a: a, waves: waves, w: w, l: p.LoadOf(w), in: make([][]int, waves),
		budget: max(ejectTotal*p.n, ejectFloor), label: make([]chainLabel, waves)}
	e.l.grow(waves)
	for u, x := range w {
		e.in[x] = append(e.in[x], u)
		if t := a.Target[u]; t >= 0 && x != t {
			e.moved += p.Changes[u]
		}
		d := p.day(x)
		for _, dl := range p.Due[u] {
			if d > int(dl) {
				e.breaches++
				e.late += d - int(dl)
			}
		}
	}
	return e
}

// over reports whether wave x is over a limit.
func (e *ejector) over(x int) bool {
	p, l := e.p, e.l
	return (p.MaxChanges > 0 && l.Changes[x] > p.MaxChanges) ||
		(p.MaxEffort > 0 && l.Effort[x] > p.MaxEffort+1e-9) ||
		(p.MaxCritical > 0 && l.Critical[x] > p.MaxCritical)
}

// move puts unit u in wave x, logging where it was.
func (e *ejector) move(u, x int) {
	p, from := e.p, e.w[u]
	df, dx := p.day(from), p.day(x)
	for _, dl := range p.Due[u] {
		if df > int(dl) {
			e.breaches--
			e.late -= df - int(dl)
		}
		if dx > int(dl) {
			e.breaches++
			e.late += dx - int(dl)
		}
	}
	e.moved += e.cost(u, from, x)
	e.l.add(p, u, from, -1)
	e.l.add(p, u, x, 1)
	ms := e.in[from]
	for i, v := range ms {
		if v == u {
			e.in[from] = append(ms[:i], ms[i+1:]...)
			break
		}
	}
	e.in[x] = append(e.in[x], u)
	e.w[u] = x
	e.log = append(e.log, u, from)
}

// undo reverts the moves logged after mark.
func (e *ejector) undo(mark int) {
	for len(e.log) > mark {
		u, from := e.log[len(e.log)-2], e.log[len(e.log)-1]
		e.move(u, from)
		e.log = e.log[:len(e.log)-4]
	}
}

// window is the range of waves unit u may take with its neighbours where
// they stand.
func (e *ejector) window(u int) (lo, hi int) {
	p := e.p
	lo, hi = p.release(u), e.waves-1
	if !e.a.Fixed[u] {
		lo = max(lo, e.a.FirstFree)
	}
	for _, a := range p.bwd[u] {
		lo = max(lo, e.w[a.to]+a.lag)
	}
	for _, a := range p.fwd[u] {
		hi = min(hi, e.w[a.to]-a.lag)
	}
	return lo, hi
}

// cost is what moving unit u from wave from to wave to adds to the moved
// changes.
func (e *ejector) cost(u, from, to int) int {
	t, c := e.a.Target[u], 0
	if t < 0 {
		return 0
	}
	if from == t {
		c += e.p.Changes[u]
	}
	if to == t {
		c -= e.p.Changes[u]
	}
	return c
}

// relieve moves units out of wave x, which is over a limit, by the
// cheapest ejection chain that starts with one of its units whose
// leaving brings x within its limits (or, when none can go, one that
// takes some of the load over a limit away), leaving at most limit
// breaches. It reports whether it found one.
func (e *ejector) relieve(x, limit int) bool {
	p, l := e.p, e.l
	var alone, some []int
	for _, u := range e.in[x] {
		switch {
		case e.a.Fixed[u]:
		case e.frees(x, u):
			alone = append(alone, u)
		case (p.MaxChanges > 0 && l.Changes[x] > p.MaxChanges && p.Changes[u] > 0) ||
			(p.MaxEffort > 0 && l.Effort[x] > p.MaxEffort+1e-9 && p.Effort[u] > 0) ||
			(p.MaxCritical > 0 && l.Critical[x] > p.MaxCritical && p.Critical[u] > 0):
			some = append(some, u)
		}
	}
	return (len(alone) > 0 && e.chain(alone, x, -1, limit, false)) || (len(some) > 0 && e.chain(some, x, -1, limit, false))
}

// meet puts late units on time while the schedule has more breaches
// than limit, the cheapest first: each round tries the most urgent late
// units (at most meetTries), each pulled onto its last on-time wave or
// earlier with the predecessors in its way (see pull), and makes the
// one that moves the fewest changes for a breach taken away.
func (e *ejector) meet(limit int) {
	p := e.p
	var late []int
	for u := 0; u < p.n; u++ {
		if !e.a.Fixed[u] && p.Latest[u] < inf && p.Latest[u] >= max(p.head[u], e.a.FirstFree) {
			late = append(late, u)
		}
	}
	sortUnits(late, func(a, b int) bool {
		if p.Latest[a] != p.Latest[b] {
			return p.Latest[a] < p.Latest[b]
		}
		return a < b
	})
	for e.breaches > limit && e.work < e.budget {
		best, bestCost, tries := -1, chainCost{}, 0
		for _, u := range late {
			if e.w[u] <= p.Latest[u] {
				continue
			}
			if tries++; tries > meetTries {
				break
			}
			m0, b0, l0 := e.moved, e.breaches, e.late
			ok := e.pull(u, p.Latest[u], 0) && e.breaches < b0
			c := chainCost{e.moved - m0, e.breaches - b0, e.late - l0}
			e.undo(0)
			if ok && (best < 0 || c.less(bestCost)) {
				best, bestCost = u, c
			}
		}
		if best < 0 || !e.pull(best, p.Latest[best], 0) {
			return
		}
		e.log = e.log[:0]
	}
}

// meetTries bounds the late units meet tries for each breach.
const meetTries = 64

// pull moves unit u to wave x or earlier by the cheapest ejection chain,
// first pulling each predecessor in its way to the wave the lag allows
// (recursively, at most pullDepth deep). The moves are logged; on
// failure the caller undoes them.
func (e *ejector) pull(u, x, depth int) bool {
	p := e.p
	if e.w[u] <= x {
		return true
	}
	if depth > pullDepth || e.a.Fixed[u] || x < max(p.release(u), e.a.FirstFree) {
		return false
	}
	for _, a := range p.bwd[u] {
		if e.w[a.to]+a.lag > x && !e.pull(a.to, x-a.lag, depth+1) {
			return false
		}
	}
	return e.chain([]int{u}, e.w[u], x, inf, true)
}

// pullDepth bounds the predecessors pull moves in a row.
const pullDepth = 8

// chainLabel is the cheapest way found into a wave: the chain's cost
// so far (breaches and days late as changes from now), the unit that
// moves in, and the wave it comes from (-1 when that unit starts the
// chain).
type chainLabel struct {
	cost         chainCost
	unit         int
	from         int
	settled, set bool
}

// chainEnd is a chain found: its last unit moves from wave from to a
// wave to that has room for it.
type chainEnd struct {
	cost           chainCost
	unit, from, to int
}

// chain looks for the cheapest ejection chain (moved changes, then
// breaches, then days late) that moves one of units, all in wave x, out
// of it, to a wave no later than hi (-1: no bound) that has room, or to
// one that is given room by moving one of its units on, and so on. It is
// Dijkstra's search over the waves, each reached by the unit that
// moves in: a unit of the wave that makes room for it moves on to a wave
// its neighbours allow. The chains found are tried cheapest first; the
// first that keeps every precedence, leaves no wave it moved a unit
// into over a limit and at most limit breaches is made. It reports
// whether one was. With back (and a single unit), a later unit of the
// chain may take the room the first leaves in x.
func (e *ejector) chain(units []int, x, hi, limit int, back bool) bool {
	p := e.p
	for y := range e.label {
		e.label[y] = chainLabel{}
	}
	var ends []chainEnd
	var open chainHeap
	stop := min(e.budget, e.work+ejectBudget)
	// reach offers unit v, in wave y with the chain's cost c so far,
	// each wave of its window.
	reach := func(v, y int, c chainCost, top int) {
		lo, vhi := e.window(v)
		if top >= 0 {
			vhi = min(vhi, top)
		}
		for z := lo; z <= vhi && e.work < stop; z++ {
			if z == y || (z == x && !back) {
				continue
			}
			e.work++
			d := e.delta(v, y, z)
			nc := chainCost{c.moved + d.moved, c.breaches + d.breaches, c.late + d.late}
			if z == x {
				if e.swaps(x, v, units[0]) && e.breaches+nc.breaches <= limit {
					ends = append(ends, chainEnd{nc, v, y, z})
				}
				continue
			}
			if e.l.fits(p, v, z) {
				if e.breaches+nc.breaches <= limit {
					ends = append(ends, chainEnd{nc, v, y, z})
				}
				continue
			}
			if lb := &e.label[z]; !lb.settled && (!lb.set || nc.less(lb.cost)) {
				*lb = chainLabel{cost: nc, unit: v, from: y, set: true}
				open.push(chainItem{nc, z})
			}
		}
	}
	for _, u := range units {
		reach(u, x, chainCost{}, hi)
	}
	best := func() (chainCost, bool) {
		if len(ends) == 0 {
			return chainCost{}, false
		}
		b := ends[0].cost
		for _, c := range ends[1:] {
			if c.cost.less(b) {
				b = c.cost
			}
		}
		return b, true
	}
	for len(open) > 0 && e.work < stop {
		it := open.pop()
		lb := &e.label[it.wave]
		if lb.settled || lb.cost != it.cost {
			continue
		}
		if b, ok := best(); ok && !it.cost.less(b) {
			break
		}
		lb.settled = true
		y, in := it.wave, lb.unit
		for _, v := range e.in[y] {
			if e.a.Fixed[v] || e.onChain(v, y) || !e.swaps(y, in, v) {
				continue
			}
			reach(v, y, lb.cost, -1)
		}
	}
	sortEnds(ends)
	for i, end := range ends {
		if i == maxEnds {
			break
		}
		if e.make(end, limit) {
			return true
		}
	}
	return false
}

// maxEnds bounds the chains tried after one search.
const maxEnds = 8

// delta is what moving unit v from wave y to wave z adds to a chain's
// cost.
func (e *ejector) delta(v, y, z int) chainCost {
	p, c := e.p, chainCost{moved: e.cost(v, y, z)}
	dy, dz := p.day(y), p.day(z)
	for _, dl := range p.Due[v] {
		if dy > int(dl) {
			c.breaches--
			c.late -= dy - int(dl)
		}
		if dz > int(dl) {
			c.breaches++
			c.late += dz - int(dl)
		}
	}
	return c
}

// onChain reports whether unit v already moves on the chain that reaches
// wave y.
func (e *ejector) onChain(v, y int) bool {
	for y >= 0 {
		lb := e.label[y]
		if lb.unit == v {
			return true
		}
		y = lb.from
		if y >= 0 && !e.label[y].set {
			return false
		}
	}
	return false
}

// swaps reports whether wave y has room for unit in once unit out leaves.
func (e *ejector) swaps(y, in, out int) bool {
	p, l := e.p, e.l
	return p.fits(in, l.Changes[y]-p.Changes[out], l.Effort[y]-p.Effort[out], l.Critical[y]-p.Critical[out])
}

// make makes the chain that ends with end, when it keeps every
// precedence, leaves no wave a unit moved into over a limit and at most
// limit breaches; otherwise it changes nothing. It reports whether it
// made it.
func (e *ejector) make(end chainEnd, limit int) bool {
	mark := len(e.log)
	moves := []int{end.unit, end.to}
	for y := end.from; y >= 0; {
		lb := e.label[y]
		if !lb.set {
			break
		}
		moves = append(moves, lb.unit, y)
		y = lb.from
	}
	for i := 0; i < len(moves); i += 2 {
		e.move(moves[i], moves[i+1])
	}
	ok := e.breaches <= limit
	for i := 0; i < len(moves) && ok; i += 2 {
		u, y := moves[i], moves[i+1]
		lo, hi := e.window(u)
		ok = y >= lo && y <= hi && !e.over(y)
	}
	if !ok {
		e.undo(mark)
	}
	return ok
}

// sortEnds sorts chains cheapest first (then by unit and wave, so the
// order is the same every run).
func sortEnds(ends []chainEnd) {
	sort.Slice(ends, func(i, j int) bool {
		a, b := ends[i], ends[j]
		if a.cost != b.cost {
			return a.cost.less(b.cost)
		}
		if a.unit != b.unit {
			return a.unit < b.unit
		}
		return a.to < b.to
	})
}

// chainItem is a wave in the open set of chain's search.
type chainItem struct {
	cost chainCost
	wave int
}

// chainHeap is a binary min-heap of chainItems by cost, then wave.
type chainHeap []chainItem

func (h chainItem) before(o chainItem) bool {
	if h.cost != o.cost {
		return h.cost.less(o.cost)
	}
	return h.wave < o.wave
}

func (h *chainHeap) push(it chainItem) {
	*h = append(*h, it)
	s := *h
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if !s[i].before(s[p]) {
			break
		}
		s[p], s[i] = s[i], s[p]
		i = p
	}
}

func (h *chainHeap) pop() chainItem {
	s := *h
	top, last := s[0], len(s)-1
	s[0] = s[last]
	s = s[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && s[l].before(s[m]) {
			m = l
		}
		if r < last && s[r].before(s[m]) {
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

// frees reports whether wave y, over a limit, is within them without
// unit v.
func (e *ejector) frees(y, v int) bool {
	p, l := e.p, e.l
	return (p.MaxChanges == 0 || l.Changes[y]-p.Changes[v] <= p.MaxChanges) &&
		(p.MaxEffort == 0 || l.Effort[y]-p.Effort[v] <= p.MaxEffort+1e-9) &&
		(p.MaxCritical == 0 || l.Critical[y]-p.Critical[v] <= p.MaxCritical)
}

// restore brings units of schedule w back onto their Target by ejection
// chains: each unit away from it (forward in topological order for moves
// earlier, backward for moves later) goes there when its neighbours
// allow, and when the Target wave is then over a limit, the cheapest
// chain moves units on out of it; the whole is kept only when it leaves
// fewer changes moved, at most bound's breaches and no wave past bound's
// count.
func (p *Problem) restore(w []int, a Anchors, bound Score) {
	for _, x := range w {
		if x >= bound.Waves {
			return
		}
	}
	e := p.newEjector(a, bound.Waves, w)
	limit := max(bound.Breaches, e.breaches)
	try := func(u int) {
		t := a.Target[u]
		if a.Fixed[u] || e.work >= e.budget {
			return
		}
		if lo, hi := e.window(u); t < lo || t > hi {
			return
		}
		m0 := e.moved
		e.move(u, t)
		ok := true
		if e.over(t) {
			var starts []int
			for _, v := range e.in[t] {
				if v != u && !a.Fixed[v] && e.frees(t, v) {
					starts = append(starts, v)
				}
			}
			ok = len(starts) > 0 && e.chain(starts, t, -1, limit, false)
		}
		if !ok || e.moved >= m0 || e.breaches > limit {
			e.undo(0)
		}
		e.log = e.log[:0]
	}
	for _, u := range p.topo {
		if t := a.Target[u]; t >= 0 && t < w[u] {
			try(u)
		}
	}
	for i := len(p.topo) - 1; i >= 0; i-- {
		if u := p.topo[i]; a.Target[u] > w[u] {
			try(u)
		}
	}
}
