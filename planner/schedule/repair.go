package schedule

// repairBudget bounds the candidate moves one repair pass examines, so
// the pass stays linear in the estate.
const repairBudget = 400000

// repair pulls late units earlier without adding waves or breaches: for
// each unit that misses its deadline (latest first), it looks for an
// earlier wave its release and predecessors allow, up to its deadline, and either
// moves it there when there is room or makes room by pushing one unit of
// that wave later, to a wave that still meets that unit's own deadline and
// its successors' precedences. Every accepted change removes a breach or
// shortens one, so the pass never makes the plan worse.
func (p *Problem) repair(wave []int) {
	l := p.LoadOf(wave)
	W := 0
	for _, w := range wave {
		W = max(W, w+1)
	}
	byWave := make([][]int, W)
	for u, w := range wave {
		byWave[w] = append(byWave[w], u)
	}
	remove := func(u, w int) {
		s := byWave[w]
		for i, x := range s {
			if x == u {
				s[i] = s[len(s)-1]
				byWave[w] = s[:len(s)-1]
				return
			}
		}
	}
	move := func(u, to int) {
		remove(u, wave[u])
		l.add(p, u, wave[u], -1)
		wave[u] = to
		l.add(p, u, to, 1)
		byWave[to] = append(byWave[to], u)
	}
	est := func(u int) int { // earliest wave its release and predecessors allow
		e := p.release(u)
		for _, ei := range p.pred[u] {
			ed := p.Edges[ei]
			e = max(e, wave[ed.From]+ed.Lag)
		}
		return e
	}
	lst := func(u int) int { // latest wave its successors allow
		e := W - 1
		for _, ei := range p.succ[u] {
			ed := p.Edges[ei]
			e = min(e, wave[ed.To]-ed.Lag)
		}
		return e
	}
	var late []int
	for u := 0; u < p.n; u++ {
		if p.Latest[u] < inf && wave[u] > p.Latest[u] {
			late = append(late, u)
		}
	}
	sortUnits(late, func(a, b int) bool {
		if wave[a]-p.Latest[a] != wave[b]-p.Latest[b] {
			return wave[a]-p.Latest[a] > wave[b]-p.Latest[b]
		}
		return a < b
	})
	budget := repairBudget
	try := func(u, x int) bool {
		if l.fits(p, u, x) {
			move(u, x)
			return true
		}
		return p.pushOne(u, x, wave, l, byWave, est, lst, move, &budget)
	}
	// Units that cannot be on time go as early as they can first: that
	// frees later waves to push others into. Then late units are put on
	// time (the latest such wave disturbs least); then those still late
	// are made as little late as possible.
	lessLate := func(u int) {
		for x := max(est(u), p.Latest[u]+1); x < wave[u] && budget > 0; x++ {
			if try(u, x) {
				break
			}
		}
	}
	for _, u := range late {
		if p.Latest[u] < est(u) {
			lessLate(u)
		}
	}
	for _, u := range late {
		eu := est(u)
		for x := min(p.Latest[u], wave[u]-1); x >= eu && budget > 0; x-- {
			if try(u, x) {
				break
			}
		}
	}
	for _, u := range late {
		if wave[u] > p.Latest[u] {
			lessLate(u)
		}
	}
}

// pushOne makes room for u in wave x by moving one unit v of that wave to
// a later wave y that meets v's deadline and successors, where v fits
// (counting u's leaving when y is u's wave). It reports whether it did.
func (p *Problem) pushOne(u, x int, wave []int, l *Load, byWave [][]int, est, lst func(int) int, move func(int, int), budget *int) bool {
	from := wave[u]
	for _, v := range byWave[x] {
		*budget--
		if *budget <= 0 {
			return false
		}
		// u must fit once v has left x.
		if !p.fits(u, l.Changes[x]-p.Changes[v], l.Effort[x]-p.Effort[v], l.Critical[x]-p.Critical[v]) {
			continue
		}
		hi := min(lst(v), p.Latest[v])
		for y := x + 1; y <= hi; y++ {
			c, ef, k := l.Changes[y], l.Effort[y], l.Critical[y]
			if y == from {
				c, ef, k = c-p.Changes[u], ef-p.Effort[u], k-p.Critical[u]
			}
			if !p.fits(v, c, ef, k) {
				continue
			}
			wave[v] = y // v may precede u: u must still start by x
			ok := est(u) <= x
			wave[v] = x
			if ok {
				move(v, y)
				move(u, x)
				return true
			}
		}
	}
	return false
}

// repairRounds bounds the repair passes; each runs while it still helps.
const repairRounds = 8
