// Package schedule places units of work into numbered waves. It knows
// nothing of estates: a Problem is units with loads (changes, effort,
// critical cutovers), precedences with lags between them, the last wave
// each unit's deadlines allow, the day of each wave, and per-wave limits.
// Solve finds a schedule with the fewest waves, then the fewest missed
// deadlines and days late, by list scheduling under several priority
// rules, forward-backward improvement, random restarts, squeaky-wheel
// rescheduling and repair, within work budgets that depend on the size
// only (never the clock), so the same problem always gives the same
// schedule. LowerBound gives a number of waves no schedule can beat.
//
// The planner (package planner) turns an estate into a Problem and the
// schedule back into a plan; Components finds the strongly connected
// components its rules need.
package schedule

import "math"

// NoDeadline is Problem.Latest for a unit with no deadline.
const NoDeadline = math.MaxInt32 / 4

// inf is NoDeadline in wave arithmetic.
const inf = NoDeadline

// Edge is a precedence between two units: w(To) >= w(From) + Lag.
type Edge struct {
	From, To, Lag int
	// Tag is the caller's own reference (the rule behind the edge, say);
	// the scheduler ignores it.
	Tag int
	// Soft marks an edge that is one way of meeting a constraint but not
	// the only one: schedules honour it, the lower bound leaves it out.
	Soft bool
}

// Calendar gives the day of each wave, 0-based, as a day number that
// grows with the wave. Days late are counted in its days.
type Calendar interface {
	Day(wave int) int
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

// Problem is a scheduling problem over units (single actions and groups
// that must share a wave): a DAG with lags, per-unit loads and deadlines,
// and per-wave limits. The caller fills the exported fields, one entry
// per unit in each slice, and calls Prepare before anything else.
type Problem struct {
	Changes  []int
	Effort   []float64
	Critical []int
	// Latest is the last wave (0-based) that meets every deadline of the
	// unit: NoDeadline when it has none, -1 when even wave 0 is too late.
	Latest []int
	// Due lists the deadlines of each unit, as Calendar day numbers, for
	// counting missed deadlines and days late.
	Due [][]int32
	// Release is the first wave each unit may take (its not_before); nil
	// means wave 0 for all.
	Release []int
	Edges   []Edge
	// MaxChanges, MaxEffort and MaxCritical limit each wave; 0 is no
	// limit.
	MaxChanges  int
	MaxEffort   float64
	MaxCritical int
	Calendar    Calendar

	n    int
	succ [][]int // edge indices by From
	pred [][]int // edge indices by To
	fwd  [][]arc // succ's edges as arcs to their To
	bwd  [][]arc // pred's edges as arcs to their From
	topo []int
	head []int // earliest wave ignoring capacity (release and chains)
	tail []int // waves that must follow it
	ls   []int // latest wave meeting deadlines, propagated backwards
	// hardHead and hardTail are head and tail without the soft edges
	// (see hardChains), once computed.
	hardHead, hardTail []int

	// passes counts list-scheduling passes; improvement stops when it
	// reaches budget (so large estates get fewer passes).
	passes, budget int
}

// day is the Calendar day of wave w.
func (p *Problem) day(w int) int { return p.Calendar.Day(w) }

// Len is the number of units.
func (p *Problem) Len() int { return p.n }

// In lists the indexes (into Edges) of the edges into unit u.
func (p *Problem) In(u int) []int { return p.pred[u] }

// Order is the units in a topological order of the edges.
func (p *Problem) Order() []int { return p.topo }

// release is the first wave unit u may take.
func (p *Problem) release(u int) int {
	if p.Release == nil {
		return 0
	}
	return p.Release[u]
}

// Tail is the number of waves that must follow unit u (the longest chain
// of lags after it).
func (p *Problem) Tail(u int) int { return p.tail[u] }

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
func (p *Problem) spent() bool { return p.passes >= p.budget }

// Prepare indexes the edges and works out each unit's earliest and latest
// waves. The edges must form no cycle.
func (p *Problem) Prepare() {
	p.n = len(p.Changes)
	p.hardHead, p.hardTail = nil, nil
	// The lists are carved out of single arrays (one allocation each
	// instead of one per unit), in edge order as appending would give.
	indeg := make([]int, p.n)
	outdeg := make([]int, p.n)
	for _, e := range p.Edges {
		outdeg[e.From]++
		indeg[e.To]++
	}
	p.succ, p.fwd = carve(outdeg, len(p.Edges))
	p.pred, p.bwd = carve(indeg, len(p.Edges))
	for i, e := range p.Edges {
		p.succ[e.From] = append(p.succ[e.From], i)
		p.fwd[e.From] = append(p.fwd[e.From], arc{to: e.To, lag: e.Lag})
		p.pred[e.To] = append(p.pred[e.To], i)
		p.bwd[e.To] = append(p.bwd[e.To], arc{to: e.From, lag: e.Lag})
	}
	p.topo = make([]int, 0, p.n)
	for u := 0; u < p.n; u++ {
		if indeg[u] == 0 {
			p.topo = append(p.topo, u)
		}
	}
	for i := 0; i < len(p.topo); i++ {
		for _, ei := range p.succ[p.topo[i]] {
			t := p.Edges[ei].To
			if indeg[t]--; indeg[t] == 0 {
				p.topo = append(p.topo, t)
			}
		}
	}
	p.head = make([]int, p.n)
	p.tail = make([]int, p.n)
	p.ls = make([]int, p.n)
	for u := range p.head {
		p.head[u] = p.release(u)
	}
	for _, u := range p.topo {
		for _, ei := range p.succ[u] {
			e := p.Edges[ei]
			p.head[e.To] = max(p.head[e.To], p.head[u]+e.Lag)
		}
	}
	for i := len(p.topo) - 1; i >= 0; i-- {
		u := p.topo[i]
		p.ls[u] = p.Latest[u]
		for _, ei := range p.succ[u] {
			e := p.Edges[ei]
			p.tail[u] = max(p.tail[u], p.tail[e.To]+e.Lag)
			if p.ls[e.To] < inf {
				p.ls[u] = min(p.ls[u], p.ls[e.To]-e.Lag)
			}
		}
	}
}

// fits reports whether unit u fits in a wave that already holds c changes,
// ef effort and k critical cutovers.
func (p *Problem) fits(u, c int, ef float64, k int) bool {
	return (p.MaxChanges == 0 || c+p.Changes[u] <= p.MaxChanges) &&
		(p.MaxEffort == 0 || ef+p.Effort[u] <= p.MaxEffort+1e-9) &&
		(p.MaxCritical == 0 || k+p.Critical[u] <= p.MaxCritical)
}

// Score is a schedule's quality: fewer waves, then fewer missed
// deadlines (Breaches), then fewer days late (Late).
type Score struct {
	Waves, Breaches, Late int
}

// Less reports whether a is better than b.
func (a Score) Less(b Score) bool {
	if a.Waves != b.Waves {
		return a.Waves < b.Waves
	}
	if a.Breaches != b.Breaches {
		return a.Breaches < b.Breaches
	}
	return a.Late < b.Late
}

// Score scores schedule wave (a wave per unit).
func (p *Problem) Score(wave []int) Score {
	var s Score
	for u, w := range wave {
		s.Waves = max(s.Waves, w+1)
		if len(p.Due[u]) == 0 {
			continue
		}
		d := p.day(w)
		for _, dl := range p.Due[u] {
			if d > int(dl) {
				s.Breaches++
				s.Late += d - int(dl)
			}
		}
	}
	return s
}

// ListSchedule is one pass of plain deadline-aware list scheduling,
// latest start first, with no improvement: the textbook baseline that
// Solve is measured against.
func (p *Problem) ListSchedule() []int {
	return p.list(p.priorityRules(0)[0], false)
}

// Load is what each wave of a schedule holds, wave by wave.
type Load struct {
	Changes  []int
	Effort   []float64
	Critical []int
}

func (l *Load) grow(w int) {
	for len(l.Changes) <= w {
		l.Changes = append(l.Changes, 0)
		l.Effort = append(l.Effort, 0)
		l.Critical = append(l.Critical, 0)
	}
}

func (l *Load) add(p *Problem, u, w, sign int) {
	l.grow(w)
	l.Changes[w] += sign * p.Changes[u]
	l.Effort[w] += float64(sign) * p.Effort[u]
	l.Critical[w] += sign * p.Critical[u]
}

func (l *Load) fits(p *Problem, u, w int) bool {
	l.grow(w)
	return p.fits(u, l.Changes[w], l.Effort[w], l.Critical[w])
}

// LoadOf is the load of each wave of schedule wave (a wave per unit).
func (p *Problem) LoadOf(wave []int) *Load {
	l := &Load{}
	for u, w := range wave {
		l.add(p, u, w, 1)
	}
	return l
}
