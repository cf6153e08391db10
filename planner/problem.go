package planner

import "math"

// inf stands for "no deadline" in wave arithmetic.
const inf = math.MaxInt32 / 4

// uedge is a precedence between two units: w(to) >= w(from) + lag. orig is
// the node edge it comes from (for explanations).
type uedge struct {
	from, to, lag, orig int
	soft                bool // left out of the lower bound (see edge.soft)
}

// arc is an edge seen from one end: the unit at the other end and the
// lag, packed for the scheduler's inner loops.
type arc struct{ to, lag int }

// carve returns, for each unit, an empty edge-index list and arc list
// with room for deg[u] entries, all sharing two arrays of size m.
func carve(deg []int, m int) ([][]int, [][]arc) {
	idx, arcs := make([]int, m), make([]arc, m)
	li, la := make([][]int, len(deg)), make([][]arc, len(deg))
	at := 0
	for u, d := range deg {
		li[u] = idx[at : at : at+d]
		la[u] = arcs[at : at : at+d]
		at += d
	}
	return li, la
}

// problem is the scheduling problem over units (single actions and move
// groups) that can be planned: a DAG with lags, per-unit load and a
// deadline wave, and per-wave limits (0 = unlimited).
type problem struct {
	n       int
	changes []int
	effort  []float64
	crit    []int
	dl      []int // last wave (0-based) meeting every member's deadline; inf if none; -1 if none can
	edges   []uedge
	succ    [][]int // edge indices by from
	pred    [][]int // edge indices by to
	fwd     [][]arc // succ's edges as arcs to their to
	bwd     [][]arc // pred's edges as arcs to their from
	topo    []int
	head    []int // earliest wave ignoring capacity
	tail    []int // waves that must follow it
	ls      []int // latest wave meeting deadlines, propagated backwards

	maxC int
	maxE float64
	maxK int

	// members' deadlines, for scoring: for unit u, dates[u] lists the
	// deadlines of its members that have one.
	deadlines [][]int32
	cal       *calendar

	// passes counts list-scheduling passes; improvement stops when it
	// reaches budget (so large estates get fewer passes).
	passes, budget int
}

// largeUnits is the size above which the improvement budgets shrink
// faster than 1/n, so that total work stays near-linear and a plan of
// 100,000 applications takes a second or so. Budgets depend on the size
// only, never on the clock: the plan stays deterministic.
const largeUnits = 10_000

// passBudget is the number of list passes solve may spend: generous on
// small estates (4,000,000 / units, at least 40, so 400 at 10,000 units),
// then falling as 1/units^2 down to 2 passes (the first rule and one
// forward-backward round, on the 130,000 units of 100,000 applications).
func passBudget(n int) int {
	n = max(n, 1)
	if n <= largeUnits {
		return max(40, 4_000_000/n)
	}
	return max(2, int(4_000_000*largeUnits/(int64(n)*int64(n))))
}

// squeakyBudget is the squeaky wheel's own share of list passes, on the
// same scale: 1,000,000 / units (at least 6) up to largeUnits, then
// falling as 1/units^2 down to 1.
func squeakyBudget(n int) int {
	n = max(n, 1)
	if n <= largeUnits {
		return max(6, 1_000_000/n)
	}
	return max(1, int(1_000_000*largeUnits/(int64(n)*int64(n))))
}

// spent reports whether the pass budget is used up.
func (p *problem) spent() bool { return p.passes >= p.budget }

func (p *problem) index() {
	// The lists are carved out of single arrays (one allocation each
	// instead of one per unit), in edge order as appending would give.
	indeg := make([]int, p.n)
	outdeg := make([]int, p.n)
	for _, e := range p.edges {
		outdeg[e.from]++
		indeg[e.to]++
	}
	p.succ, p.fwd = carve(outdeg, len(p.edges))
	p.pred, p.bwd = carve(indeg, len(p.edges))
	for i, e := range p.edges {
		p.succ[e.from] = append(p.succ[e.from], i)
		p.fwd[e.from] = append(p.fwd[e.from], arc{to: e.to, lag: e.lag})
		p.pred[e.to] = append(p.pred[e.to], i)
		p.bwd[e.to] = append(p.bwd[e.to], arc{to: e.from, lag: e.lag})
	}
	p.topo = make([]int, 0, p.n)
	for u := 0; u < p.n; u++ {
		if indeg[u] == 0 {
			p.topo = append(p.topo, u)
		}
	}
	for i := 0; i < len(p.topo); i++ {
		for _, ei := range p.succ[p.topo[i]] {
			t := p.edges[ei].to
			if indeg[t]--; indeg[t] == 0 {
				p.topo = append(p.topo, t)
			}
		}
	}
	p.head = make([]int, p.n)
	p.tail = make([]int, p.n)
	p.ls = make([]int, p.n)
	for _, u := range p.topo {
		for _, ei := range p.succ[u] {
			e := p.edges[ei]
			p.head[e.to] = max(p.head[e.to], p.head[u]+e.lag)
		}
	}
	for i := len(p.topo) - 1; i >= 0; i-- {
		u := p.topo[i]
		p.ls[u] = p.dl[u]
		for _, ei := range p.succ[u] {
			e := p.edges[ei]
			p.tail[u] = max(p.tail[u], p.tail[e.to]+e.lag)
			if p.ls[e.to] < inf {
				p.ls[u] = min(p.ls[u], p.ls[e.to]-e.lag)
			}
		}
	}
}

// fits reports whether unit u fits in a wave that already holds c changes,
// ef effort and k critical cutovers.
func (p *problem) fits(u, c int, ef float64, k int) bool {
	return (p.maxC == 0 || c+p.changes[u] <= p.maxC) &&
		(p.maxE == 0 || ef+p.effort[u] <= p.maxE+1e-9) &&
		(p.maxK == 0 || k+p.crit[u] <= p.maxK)
}

// score is a plan's quality: fewer waves, then fewer breaches, then fewer
// days late.
type score struct {
	waves, breaches, late int
}

func (a score) less(b score) bool {
	if a.waves != b.waves {
		return a.waves < b.waves
	}
	if a.breaches != b.breaches {
		return a.breaches < b.breaches
	}
	return a.late < b.late
}

func (p *problem) score(wave []int) score {
	var s score
	for u, w := range wave {
		s.waves = max(s.waves, w+1)
		if len(p.deadlines[u]) == 0 {
			continue
		}
		d := int(p.cal.date(w))
		for _, dl := range p.deadlines[u] {
			if d > int(dl) {
				s.breaches++
				s.late += d - int(dl)
			}
		}
	}
	return s
}

// load tracks what each wave holds.
type load struct {
	c  []int
	ef []float64
	k  []int
}

func (l *load) grow(w int) {
	for len(l.c) <= w {
		l.c = append(l.c, 0)
		l.ef = append(l.ef, 0)
		l.k = append(l.k, 0)
	}
}

func (l *load) add(p *problem, u, w, sign int) {
	l.grow(w)
	l.c[w] += sign * p.changes[u]
	l.ef[w] += float64(sign) * p.effort[u]
	l.k[w] += sign * p.crit[u]
}

func (l *load) fits(p *problem, u, w int) bool {
	l.grow(w)
	return p.fits(u, l.c[w], l.ef[w], l.k[w])
}

func loadOf(p *problem, wave []int) *load {
	l := &load{}
	for u, w := range wave {
		l.add(p, u, w, 1)
	}
	return l
}
