package schedule

import "sort"

// The lateness phase is bounded by size alone: at most maxSacrifices list
// passes, at most sacrificeWork/units, and none above largeUnits units.
const (
	maxSacrifices = 96
	sacrificeWork = 3_000_000
)

// sacrifice is the lateness phase at the settled wave count: it chooses
// which late units to give up on. Deadline-aware list scheduling hurries
// everything a late unit waits for, which can leave several units a little
// late where giving one up (it stays late, by more) lets the others be on
// time: a host that cannot be cleared by its contract's end takes room
// from the hosts that can. Each round, every unit late in the best
// schedule, most late first, is tried as given up: its deadline stops
// counting in the priorities (propagated back along precedences), and the
// estate is list-scheduled again with the best wave count as the target.
// The first trial that gives a better schedule (by waves, breaches, days
// late) is kept, with its unit given up for good, and the next round
// starts; it stops when a round finds nothing or the budget is spent.
func (p *Problem) sacrifice(best []int) []int {
	if p.n > largeUnits {
		return best
	}
	tries := min(maxSacrifices, sacrificeWork/max(p.n, 1))
	bestScore := p.Score(best)
	target := bestScore.Waves
	given := make([]bool, p.n)
	ls := make([]int, p.n)
	keys := make([]key, p.n)
	cost, cluster := p.clusters()
	run := func() []int {
		p.hopefulStarts(ls, given)
		for u := 0; u < p.n; u++ {
			keys[u] = key{max(min(ls[u], target-1-p.tail[u]), p.head[u]), -p.tail[u], ls[u]}
		}
		w := p.list(keys, false)
		p.compact(w)
		// The same with late units giving way (see listMode), and with
		// whole hosts cleared one by one among equally urgent units.
		w2 := p.listMode(keys, false, true)
		p.compact(w2)
		if p.Score(w2).Less(p.Score(w)) {
			w = w2
		}
		for u := 0; u < p.n; u++ {
			keys[u] = key{max(min(ls[u], target-1-p.tail[u]), p.head[u]), cost[u], cluster[u], -p.tail[u]}
		}
		w3 := p.list(keys, false)
		p.compact(w3)
		if p.Score(w3).Less(p.Score(w)) {
			w = w3
		}
		return w
	}
	for tries > 0 && bestScore.Breaches > 0 {
		var late []int
		for u := 0; u < p.n; u++ {
			if !given[u] && p.Latest[u] < inf && best[u] > p.Latest[u] && p.head[u] <= p.Latest[u] {
				late = append(late, u)
			}
		}
		sort.Slice(late, func(i, j int) bool {
			a, b := late[i], late[j]
			if da, db := best[a]-p.Latest[a], best[b]-p.Latest[b]; da != db {
				return da > db
			}
			return a < b
		})
		found := false
		for _, u := range late {
			if tries == 0 {
				break
			}
			tries--
			given[u] = true
			w := run()
			if s := p.Score(w); s.Less(bestScore) {
				best, bestScore, found = w, s, true
				break
			}
			given[u] = false
		}
		if !found {
			break
		}
	}
	return best
}

// lateness runs the lateness phase from a schedule whose wave count is
// settled: breaches first, then days late. It pulls late units on time by
// chains of moves (polish), and separately gives up the right late units
// (sacrifice) before pulling; the better result is kept, never worse than
// the schedule it started from.
func (p *Problem) lateness(best []int) []int {
	if p.Score(best).Breaches == 0 {
		return best
	}
	polished := p.polish(best)
	if w := p.sacrifice(best); p.Score(w).Less(p.Score(best)) {
		if w = p.polish(w); p.Score(w).Less(p.Score(polished)) {
			return w
		}
	}
	return polished
}

// polish runs chainRepair, repair and compaction while they help.
func (p *Problem) polish(best []int) []int {
	bestScore := p.Score(best)
	for r := 0; r < repairRounds; r++ {
		w := append([]int(nil), best...)
		p.chainRepair(w)
		p.repair(w)
		p.compact(w)
		s := p.Score(w)
		if !s.Less(bestScore) {
			break
		}
		best, bestScore = w, s
	}
	return best
}

// Chain pulls are bounded by work: chainWork steps (edges and candidate
// units looked at) per pass, chains at most chainDepth deep.
const (
	chainWork  = 2_000_000
	chainDepth = 8
)

// mover changes a schedule unit by unit and can undo back to a mark.
type mover struct {
	p      *Problem
	wave   []int
	l      *Load
	byWave [][]int
	log    []int // unit, old wave pairs
	work   int
	// strict keeps every pushed unit on time and no later if late: set
	// while pulls only shorten lateness, so no other unit may lose.
	strict bool
}

func (p *Problem) newMover(wave []int) *mover {
	m := &mover{p: p, wave: wave, l: p.LoadOf(wave)}
	W := 0
	for _, w := range wave {
		W = max(W, w+1)
	}
	m.byWave = make([][]int, W)
	for u, w := range wave {
		m.byWave[w] = append(m.byWave[w], u)
	}
	return m
}

func (m *mover) move(u, to int) {
	from := m.wave[u]
	s := m.byWave[from]
	for i, x := range s {
		if x == u {
			s[i] = s[len(s)-1]
			m.byWave[from] = s[:len(s)-1]
			break
		}
	}
	m.l.add(m.p, u, from, -1)
	m.l.add(m.p, u, to, 1)
	m.wave[u] = to
	m.byWave[to] = append(m.byWave[to], u)
	m.log = append(m.log, u, from)
}

// undo reverts every move after mark (a length of the log).
func (m *mover) undo(mark int) {
	for len(m.log) > mark {
		u, from := m.log[len(m.log)-2], m.log[len(m.log)-1]
		m.move(u, from)
		m.log = m.log[:len(m.log)-4]
	}
}

// latestAllowed is the last wave u may take with its successors where
// they are.
func (m *mover) latestAllowed(u int) int {
	hi := len(m.byWave) - 1
	for _, a := range m.p.fwd[u] {
		hi = min(hi, m.wave[a.to]-a.lag)
	}
	return hi
}

// pull moves u to wave x or earlier, pulling the predecessors that would
// stand in the way earlier too (recursively), and making room in x by
// pushing one unit of x later, to a wave before its successors that keeps
// it on time (a unit already late may go later still). Nothing moves later
// except pushed units, and none of them becomes late; on failure every
// move is undone.
func (m *mover) pull(u, x, depth int) bool {
	p := m.p
	if m.wave[u] <= x {
		return true
	}
	if depth > chainDepth || x < p.release(u) || m.work > chainWork {
		return false
	}
	mark := len(m.log)
	for _, a := range p.bwd[u] {
		m.work++
		if m.wave[a.to]+a.lag > x && !m.pull(a.to, x-a.lag, depth+1) {
			m.undo(mark)
			return false
		}
	}
	if m.l.fits(p, u, x) {
		m.move(u, x)
		return true
	}
	from := m.wave[u]
	for _, v := range m.byWave[x] {
		m.work++
		l := m.l
		if !p.fits(u, l.Changes[x]-p.Changes[v], l.Effort[x]-p.Effort[v], l.Critical[x]-p.Critical[v]) {
			continue
		}
		m.wave[u] = x // v must stay before u, which goes to x
		hi := m.latestAllowed(v)
		m.wave[u] = from
		switch {
		case m.wave[v] <= p.Latest[v]: // on time: it stays so
			hi = min(hi, p.Latest[v])
		case m.strict: // late: it may not get later
			continue
		}
		for y := x + 1; y <= hi; y++ {
			c, ef, k := l.Changes[y], l.Effort[y], l.Critical[y]
			if y == from {
				c, ef, k = c-p.Changes[u], ef-p.Effort[u], k-p.Critical[u]
			}
			if p.fits(v, c, ef, k) {
				m.move(v, y)
				m.move(u, x)
				return true
			}
		}
	}
	m.undo(mark)
	return false
}

// chainRepair puts late units on time by chains of moves (see pull):
// each late unit, most urgent deadline first, is tried in the latest wave
// that meets its deadline, then earlier ones. Every success removes a
// breach and adds none. Then each unit still late is pulled into the
// earliest wave it can take with no other unit made later past its
// deadline, which shortens its lateness and lengthens none.
func (p *Problem) chainRepair(wave []int) {
	if p.n > largeUnits {
		return
	}
	m := p.newMover(wave)
	var late []int
	for u := 0; u < p.n; u++ {
		if p.Latest[u] < inf && wave[u] > p.Latest[u] && p.head[u] <= p.Latest[u] {
			late = append(late, u)
		}
	}
	sort.Slice(late, func(i, j int) bool {
		a, b := late[i], late[j]
		if p.Latest[a] != p.Latest[b] {
			return p.Latest[a] < p.Latest[b]
		}
		return a < b
	})
	for _, u := range late {
		for x := p.Latest[u]; x >= p.head[u] && m.work <= chainWork; x-- {
			mark := len(m.log)
			if m.pull(u, x, 0) && m.valid(mark) {
				break
			}
			m.undo(mark)
		}
	}
	// Those still late: as little late as chains of moves allow, no other
	// unit made later past its deadline (fewer days late, no new breach).
	m.strict = true
	for u := 0; u < p.n; u++ {
		if p.Latest[u] >= inf || wave[u] <= p.Latest[u] {
			continue
		}
		for x := max(p.Latest[u]+1, p.head[u]); x < wave[u] && m.work <= chainWork; x++ {
			mark := len(m.log)
			if m.pull(u, x, 0) && m.valid(mark) {
				break
			}
			m.undo(mark)
		}
	}
}

// hopefulStarts sets ls to each unit's latest start for the deadlines it
// can still meet: its own, unless given up (given may be nil) or due
// before its earliest wave, and each successor's latest start less the
// lag, unless that is before the unit's earliest wave. Plain propagation
// hurries a unit for a successor that will be late anyway (a server whose
// soak cannot end by its support date), and then gives up on the unit's
// own deadline too.
func (p *Problem) hopefulStarts(ls []int, given []bool) {
	for i := len(p.topo) - 1; i >= 0; i-- {
		u := p.topo[i]
		v := inf
		if l := p.Latest[u]; l < inf && l >= p.head[u] && (given == nil || !given[u]) {
			v = l
		}
		for _, a := range p.fwd[u] {
			if c := ls[a.to] - a.lag; ls[a.to] < inf && c >= p.head[u] {
				v = min(v, c)
			}
		}
		ls[u] = v
	}
}

// valid reports whether every unit moved since mark honours its
// precedences: a unit pushed later for one link of a chain may stand in
// the way of another unit of the same chain pulled earlier after it.
func (m *mover) valid(mark int) bool {
	for i := mark; i < len(m.log); i += 2 {
		u := m.log[i]
		for _, a := range m.p.fwd[u] {
			if m.wave[a.to] < m.wave[u]+a.lag {
				return false
			}
		}
		for _, a := range m.p.bwd[u] {
			if m.wave[u] < m.wave[a.to]+a.lag {
				return false
			}
		}
	}
	return true
}
