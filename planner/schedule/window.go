package schedule

import "sort"

// The window search is bounded by work alone: a whole search takes at
// most min(windowWork, windowPerUnit × units) search nodes, a window at
// most windowNodes of them; none runs above largeUnits units.
const (
	windowNodes   = 20_000
	windowWork    = 1_500_000
	windowPerUnit = 2_000
	// maxSpan is the most consecutive waves a window frees, and maxFreed
	// the most units a window of more than three waves frees.
	maxSpan  = 12
	maxFreed = 40
	// reach is how many waves before the first freed wave and after the
	// last the freed units may take.
	reach = 4
)

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// windowSearch is a large-neighbourhood search at the settled wave count,
// after the lateness phase: it frees every unit of a window (one wave
// that holds a late unit, or it and an earlier wave, or a run of
// consecutive waves), keeps every other unit where it is, and re-places
// the freed units in any wave from reach waves before the window to reach
// waves after it, in the room the fixed units leave, by a branch and
// bound on breaches then days late (see search). Precedences with their
// lags, to fixed units and among freed ones, releases and each wave's
// limits (changes, effort, critical cutovers) all hold; move groups are
// units, so they move as one. A re-placement is kept only when strictly
// better, so the schedule never gets worse and the wave count never
// grows. Passes over the small windows repeat while they find something,
// then the long runs get a pass. Where one-unit moves cannot help (every
// wave full, several units due early exchanged for several that can
// wait), re-placing a window as a whole can.
//
// It runs twice from the same schedule, each on half the work, and keeps
// the better: once trying each freed unit's cheapest wave first, once its
// current wave first (the search keeps close to the schedule it starts
// from). The two find different exchanges.
func (p *Problem) windowSearch(best []int) []int {
	if p.n > largeUnits || p.n == 0 {
		return best
	}
	if s := p.Score(best); s.Breaches == 0 {
		return best
	}
	var out []int
	for _, stay := range []bool{false, true} {
		ws := newWindowState(p, best)
		ws.stay = stay
		ws.work /= 2
		improved := false
		for ws.work > 0 && (ws.pass(false) || ws.pass(true)) {
			improved = true
		}
		if improved {
			p.compact(ws.wave)
			if out == nil || p.Score(ws.wave).Less(p.Score(out)) {
				out = ws.wave
			}
		}
	}
	if out == nil {
		return best
	}
	return out
}

// windowState is the schedule the window search improves, with the search
// state of the window at hand.
type windowState struct {
	p       *Problem
	wave    []int
	byWave  [][]int
	load    *Load // what each wave holds
	work    int   // nodes left for the whole search
	rank    []int // position of each unit in p.topo
	in      []int // per unit: its index among the freed units, or -1
	idx     []int // per wave: its index in set, or -1
	scratch []int

	// The window being searched.
	set    []int     // the waves the freed units may take, ascending
	units  []int     // the freed units, in search order
	cost   [][]int64 // per freed unit: its cost in each wave of set (-1: not allowed)
	rest   []int64   // rest[i]: the least cost of units[i:]
	at     []int     // per freed unit: index in set of its wave, -1 unassigned
	bestAt []int
	bestC  int64
	// usedC, usedE and usedK are what the placed freed units take in
	// each wave of set.
	usedC  []int
	usedE  []float64
	usedK  []int
	bounds []prefixBound
	// members lists each freed unit's stakes in the bounds.
	members [][]member
	orders  []int // per freed unit, room to order its waves
	nodes   int
	limit   int  // the discrepancies allowed in this round
	cut     bool // whether this round cut a branch for its limit
	// stay tries each freed unit's current wave first, rather than its
	// cheapest.
	stay bool
}

func newWindowState(p *Problem, wave []int) *windowState {
	ws := &windowState{p: p, wave: append([]int(nil), wave...)}
	W := 0
	for _, w := range wave {
		W = max(W, w+1)
	}
	ws.byWave = make([][]int, W)
	for u, w := range ws.wave {
		ws.byWave[w] = append(ws.byWave[w], u)
	}
	ws.load = p.LoadOf(ws.wave)
	ws.work = min(windowWork, windowPerUnit*p.n)
	ws.rank = make([]int, p.n)
	for i, u := range p.topo {
		ws.rank[u] = i
	}
	ws.in = make([]int, p.n)
	for u := range ws.in {
		ws.in[u] = -1
	}
	ws.idx = make([]int, W)
	for w := range ws.idx {
		ws.idx[w] = -1
	}
	return ws
}

// unitCost is unit u's missed deadlines and days late in wave w, as one
// number ordered by breaches first.
func (p *Problem) unitCost(u, w int) int64 {
	var c int64
	d := p.day(w)
	for _, dl := range p.Due[u] {
		if d > int(dl) {
			c += 1<<32 + int64(d-int(dl))
		}
	}
	return c
}

// pass tries every set of waves of one kind once, in a fixed order, and
// reports whether any search improved the schedule. The small kind is
// each wave that holds a late unit, alone and paired with each earlier
// wave, then every three consecutive waves; the large kind is the runs of
// four to maxSpan consecutive waves that free at most maxFreed units.
// Only sets holding a late unit that could be less late are searched. It
// stops when the work is spent.
func (ws *windowState) pass(large bool) bool {
	W := len(ws.byWave)
	found := false
	try := func(set []int) {
		if ws.work > 0 && ws.promising(set) && ws.search(set) {
			found = true
		}
	}
	if !large {
		for b := 1; b < W && ws.work > 0; b++ {
			if !ws.hasLate(b) {
				continue
			}
			try([]int{b})
			for a := 0; a < b && ws.work > 0; a++ {
				if len(ws.byWave[a]) > 0 {
					try([]int{a, b})
				}
			}
		}
	}
	lo, hi := 3, 3
	if large {
		lo, hi = 4, maxSpan
	}
	for k := lo; k <= hi && ws.work > 0; k++ {
		for a := 0; a+k <= W && ws.work > 0; a++ {
			set := make([]int, k)
			freed := 0
			for i := range set {
				set[i] = a + i
				freed += len(ws.byWave[a+i])
			}
			if k == 3 || freed <= maxFreed {
				try(set)
			}
		}
	}
	return found
}

// near appends to set the waves the units of the waves in freed may take:
// those at most reach waves from one of them, ascending.
func (ws *windowState) near(set, freed []int) []int {
	next := 0
	for _, f := range freed {
		for w := max(next, f-reach); w <= min(len(ws.byWave)-1, f+reach); w++ {
			set = append(set, w)
		}
		next = max(next, f+reach+1)
	}
	return set
}

// hasLate reports whether wave w holds a late unit.
func (ws *windowState) hasLate(w int) bool {
	ws.work--
	for _, u := range ws.byWave[w] {
		if ws.p.Latest[u] < w {
			return true
		}
	}
	return false
}

// promising reports whether a late unit in a wave of freed could be
// less late in an earlier wave the search may use, as far as its release
// and the units before it that stay fixed allow.
func (ws *windowState) promising(freed []int) bool {
	p := ws.p
	ws.scratch = ws.near(ws.scratch[:0], freed)
	for _, w := range freed {
		ws.work -= 1 + len(ws.byWave[w])
		for _, u := range ws.byWave[w] {
			if p.Latest[u] >= w {
				continue
			}
			lo := p.release(u)
			for _, a := range p.bwd[u] {
				if v := ws.wave[a.to]; !inSet(freed, v) {
					lo = max(lo, v+a.lag)
				}
			}
			for _, s := range ws.scratch {
				if s >= w {
					break
				}
				if s >= lo {
					if p.unitCost(u, s) < p.unitCost(u, w) {
						return true
					}
					break
				}
			}
		}
	}
	return false
}

func inSet(set []int, w int) bool {
	for _, s := range set {
		if s == w {
			return true
		}
	}
	return false
}

// search frees the units of the waves in freed and re-places them in
// any wave from reach waves before the first to reach waves after the
// last, in the room the units that stay leave; it reports whether it
// found (and kept) a strictly better placement. The units go in order of
// urgency (their latest wave for the deadlines they can still meet,
// which is also a topological order), each into the waves its fixed
// neighbours, release and placed neighbours allow. The search is limited
// discrepancy search under a bound: a branch is cut when its cost, plus
// each unplaced unit's least cost, plus what the room of the first waves
// forces on the units that claim them (prefixBound), is no better than
// the best placement so far.
func (ws *windowState) search(freed []int) bool {
	p := ws.p
	ws.set = ws.near(ws.set[:0], freed)
	set := ws.set
	first, last := set[0], set[len(set)-1]
	for j, w := range set {
		ws.idx[w] = j
	}
	ws.units = ws.units[:0]
	for _, w := range freed {
		ws.units = append(ws.units, ws.byWave[w]...)
	}
	defer func() {
		for _, u := range ws.units {
			ws.in[u] = -1
		}
		for _, w := range set {
			ws.idx[w] = -1
		}
	}()
	// Static bounds from the fixed units and releases, then along the
	// precedences among the freed units, in topological order.
	sortUnits(ws.units, func(a, b int) bool { return ws.rank[a] < ws.rank[b] })
	for i, u := range ws.units {
		ws.in[u] = i
	}
	k := len(set)
	lo, hi := make([]int, len(ws.units)), make([]int, len(ws.units))
	for i, u := range ws.units {
		lo[i], hi[i] = max(first, p.release(u)), last
		for _, a := range p.bwd[u] {
			if j := ws.in[a.to]; j < 0 {
				lo[i] = max(lo[i], ws.wave[a.to]+a.lag)
			}
		}
		for _, a := range p.fwd[u] {
			if ws.in[a.to] < 0 {
				hi[i] = min(hi[i], ws.wave[a.to]-a.lag)
			}
		}
	}
	for i, u := range ws.units {
		for _, a := range p.fwd[u] {
			if j := ws.in[a.to]; j >= 0 {
				lo[j] = max(lo[j], lo[i]+a.lag)
			}
		}
	}
	for i := len(ws.units) - 1; i >= 0; i-- {
		u := ws.units[i]
		for _, a := range p.bwd[u] {
			if j := ws.in[a.to]; j >= 0 {
				hi[j] = min(hi[j], hi[i]-a.lag)
			}
		}
	}
	// Each unit's cost in each wave it may take, its current cost and
	// its least; its urgency is its latest wave for the deadlines it can
	// still meet, its own and those of the freed units after it (see
	// hopefulStarts), which orders the units topologically.
	ls := make([]int, len(ws.units))
	for i := len(ws.units) - 1; i >= 0; i-- {
		u := ws.units[i]
		ls[i] = inf
		if l := p.Latest[u]; l >= lo[i] {
			ls[i] = l
		}
		for _, a := range p.fwd[u] {
			if j := ws.in[a.to]; j >= 0 && ls[j] < inf && ls[j]-a.lag >= lo[i] {
				ls[i] = min(ls[i], ls[j]-a.lag)
			}
		}
	}
	type cand struct {
		u, ls int
		cost  []int64
		least int64
	}
	cands := make([]cand, len(ws.units))
	var cur, least int64
	for i, u := range ws.units {
		c := cand{u: u, ls: ls[i], cost: make([]int64, k), least: -1}
		for j, s := range set {
			c.cost[j] = -1
			if s < lo[i] || s > hi[i] {
				continue
			}
			c.cost[j] = p.unitCost(u, s)
			if c.least < 0 || c.cost[j] < c.least {
				c.least = c.cost[j]
			}
		}
		cur += p.unitCost(u, ws.wave[u])
		least += c.least
		cands[i] = c
	}
	if least >= cur {
		return false
	}
	// Most urgent first; ties in topological order (so every unit comes
	// after the freed units before it).
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].ls < cands[b].ls })
	ws.cost = ws.cost[:0]
	for i, c := range cands {
		ws.units[i] = c.u
		ws.in[c.u] = i
		ws.cost = append(ws.cost, c.cost)
	}
	ws.rest = make([]int64, len(ws.units)+1)
	for i := len(cands) - 1; i >= 0; i-- {
		ws.rest[i] = ws.rest[i+1] + cands[i].least
	}
	ws.at = make([]int, len(ws.units))
	for i := range ws.at {
		ws.at[i] = -1
	}
	ws.bestAt, ws.bestC = nil, cur
	// What the units that stay take of each wave.
	ws.usedC, ws.usedE, ws.usedK = make([]int, k), make([]float64, k), make([]int, k)
	for j, w := range set {
		ws.usedC[j], ws.usedE[j], ws.usedK[j] = ws.load.Changes[w], ws.load.Effort[w], ws.load.Critical[w]
	}
	for _, u := range ws.units {
		j := ws.idx[ws.wave[u]]
		ws.usedC[j] -= p.Changes[u]
		ws.usedE[j] -= p.Effort[u]
		ws.usedK[j] -= p.Critical[u]
	}
	ws.work -= k * len(ws.units) // the set-up above, and the bounds'
	if cap(ws.orders) < len(ws.units)*k {
		ws.orders = make([]int, len(ws.units)*k)
	}
	ws.prepareBounds()
	if least+ws.extra() >= cur {
		return false
	}
	ws.nodes = min(windowNodes, ws.work)
	start := ws.nodes
	// Limited discrepancy search: first the current placement, then
	// every placement that departs from it (or from the cheapest wave
	// left, once its wave is full) at most once, twice, ... until the
	// budget is spent or a round cut nothing for its limit (the search
	// was exhaustive, and the window's optimum is found).
	for d := 0; ; d++ {
		ws.limit, ws.cut = d, false
		if !ws.dfs(0, 0, 0) || !ws.cut {
			break
		}
	}
	ws.work -= start - ws.nodes
	if ws.bestAt == nil {
		return false
	}
	for _, w := range freed {
		ws.byWave[w] = ws.byWave[w][:0]
	}
	for i, u := range ws.units {
		w := set[ws.bestAt[i]]
		if w != ws.wave[u] {
			ws.load.add(p, u, ws.wave[u], -1)
			ws.load.add(p, u, w, 1)
		}
		ws.wave[u] = w
		ws.byWave[w] = append(ws.byWave[w], u)
	}
	return true
}

// dfs places units[i:] given the cost c of units[:i] and the
// discrepancies d taken on the way; it returns false when the node budget
// ran out.
func (ws *windowState) dfs(i int, c int64, d int) bool {
	if c+ws.rest[i] >= ws.bestC || c+ws.rest[i]+ws.extra() >= ws.bestC {
		return true
	}
	if i == len(ws.units) {
		ws.bestC = c
		ws.bestAt = append(ws.bestAt[:0], ws.at...)
		return true
	}
	p := ws.p
	u := ws.units[i]
	cost := ws.cost[i]
	// The current wave first, then the others by cost.
	order := ws.orders[i*len(ws.set) : (i+1)*len(ws.set)]
	n := 0
	for j := range ws.set {
		if cost[j] >= 0 {
			order[n] = j
			n++
		}
	}
	cw := ws.wave[u]
	before := func(x, y int) bool {
		if ws.stay && (ws.set[x] == cw) != (ws.set[y] == cw) {
			return ws.set[x] == cw
		}
		if cost[x] != cost[y] {
			return cost[x] < cost[y]
		}
		if (ws.set[x] == cw) != (ws.set[y] == cw) {
			return ws.set[x] == cw
		}
		if dx, dy := abs(ws.set[x]-cw), abs(ws.set[y]-cw); dx != dy {
			return dx < dy
		}
		return x < y
	}
	for a := 1; a < n; a++ { // insertion sort: a handful of waves
		for b := a; b > 0 && before(order[b], order[b-1]); b-- {
			order[b], order[b-1] = order[b-1], order[b]
		}
	}
	first := true
	for _, j := range order[:n] {
		if ws.nodes <= 0 {
			return false
		}
		ws.nodes--
		if c+cost[j]+ws.rest[i+1] >= ws.bestC {
			continue
		}
		if !p.fits(u, ws.usedC[j], ws.usedE[j], ws.usedK[j]) || !ws.consistent(u, ws.set[j]) {
			continue
		}
		dd := d
		if !first {
			if dd++; dd > ws.limit {
				ws.cut = true
				return true
			}
		}
		first = false
		ws.place(i, j, 1)
		ok := ws.dfs(i+1, c+cost[j], dd)
		ws.place(i, j, -1)
		if !ok {
			return false
		}
	}
	return true
}

// consistent reports whether unit u in wave w honours its precedences to
// the freed units already placed.
func (ws *windowState) consistent(u, w int) bool {
	for _, a := range ws.p.bwd[u] {
		if j := ws.in[a.to]; j >= 0 && ws.at[j] >= 0 && w < ws.set[ws.at[j]]+a.lag {
			return false
		}
	}
	for _, a := range ws.p.fwd[u] {
		if j := ws.in[a.to]; j >= 0 && ws.at[j] >= 0 && ws.set[ws.at[j]] < w+a.lag {
			return false
		}
	}
	return true
}
