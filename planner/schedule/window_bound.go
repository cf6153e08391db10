package schedule

import (
	"math"
	"sort"
)

// stake is a freed unit's claim on the first waves of a window: its load
// in one limited dimension and what keeping it out of those waves costs
// above its least cost (+Inf when it cannot leave them).
type stake struct {
	i         int
	load, pen float64
}

// prefixBound is the room test behind the window search's bound: the
// first j+1 waves of the window have at most (j+1)·limit of a dimension,
// and the units that can take no later wave, or cost more in a later one,
// claim it. When the claims exceed the room, the cheapest way to move the
// excess out (a fractional knapsack, by cost per unit of load) is a lower
// bound on what the window must add to its units' least costs.
type prefixBound struct {
	j, dim int
	limit  float64
	stakes []stake // by pen/load ascending, the forced ones last
	claim  float64 // the load of the stakes not yet placed
}

// member is a freed unit's stake in one prefix bound.
type member struct {
	b    int
	load float64
}

// load is unit u's load in dimension dim (0 changes, 1 effort, 2
// critical cutovers).
func (p *Problem) load(dim, u int) float64 {
	switch dim {
	case 0:
		return float64(p.Changes[u])
	case 1:
		return p.Effort[u]
	}
	return float64(p.Critical[u])
}

// limit is the per-wave limit of dimension dim, 0 for none.
func (p *Problem) limit(dim int) float64 {
	switch dim {
	case 0:
		return float64(p.MaxChanges)
	case 1:
		return p.MaxEffort
	}
	return float64(p.MaxCritical)
}

// used is what the placed freed units take of dimension dim in the
// window's wave j.
func (ws *windowState) used(dim, j int) float64 {
	switch dim {
	case 0:
		return float64(ws.usedC[j])
	case 1:
		return ws.usedE[j]
	}
	return float64(ws.usedK[j])
}

// prepareBounds builds the prefix bounds of the window at hand, from each
// freed unit's cost in each wave of set (-1 where it may not go).
func (ws *windowState) prepareBounds() {
	p := ws.p
	ws.bounds = ws.bounds[:0]
	k := len(ws.set)
	ws.members = ws.members[:0]
	for range ws.units {
		ws.members = append(ws.members, nil)
	}
	// Each unit's least cost in the first j+1 waves and after them (-1
	// where it may take none).
	n := len(ws.units)
	pre, suf := make([]int64, n*k), make([]int64, n*k)
	for i, cost := range ws.cost {
		m := int64(-1)
		for j, c := range cost {
			if c >= 0 && (m < 0 || c < m) {
				m = c
			}
			pre[i*k+j] = m
		}
		m = -1
		for j := k - 1; j >= 0; j-- {
			suf[i*k+j] = m
			if c := cost[j]; c >= 0 && (m < 0 || c < m) {
				m = c
			}
		}
	}
	for dim := range 3 {
		lim := p.limit(dim)
		if lim == 0 {
			continue
		}
		for j := 0; j+1 < k; j++ {
			var stakes []stake
			for i := range ws.cost {
				ld := p.load(dim, ws.units[i])
				if ld == 0 {
					continue
				}
				in, out := pre[i*k+j], suf[i*k+j]
				switch {
				case in < 0: // cannot take these waves
				case out < 0:
					stakes = append(stakes, stake{i: i, load: ld, pen: math.Inf(1)})
				case out > in:
					stakes = append(stakes, stake{i: i, load: ld, pen: float64(out - in)})
				}
			}
			if len(stakes) == 0 {
				continue
			}
			sort.SliceStable(stakes, func(a, b int) bool {
				return stakes[a].pen/stakes[a].load < stakes[b].pen/stakes[b].load
			})
			b := prefixBound{j: j, dim: dim, limit: lim, stakes: stakes}
			for _, st := range stakes {
				b.claim += st.load
				ws.members[st.i] = append(ws.members[st.i], member{b: len(ws.bounds), load: st.load})
			}
			ws.bounds = append(ws.bounds, b)
		}
	}
}

// place puts freed unit i in wave j of the window (sign 1) or takes it
// out again (sign -1), keeping the loads and claims up to date.
func (ws *windowState) place(i, j, sign int) {
	p, u := ws.p, ws.units[i]
	ws.usedC[j] += sign * p.Changes[u]
	ws.usedE[j] += float64(sign) * p.Effort[u]
	ws.usedK[j] += sign * p.Critical[u]
	for _, m := range ws.members[i] {
		ws.bounds[m.b].claim -= float64(sign) * m.load
	}
	if sign > 0 {
		ws.at[i] = j
	} else {
		ws.at[i] = -1
	}
}

// extra is a lower bound on what the units not yet placed must cost above
// their least, given the room the placed ones leave: the largest over the
// prefix bounds. It is +Inf when the units that cannot leave some first
// waves no longer fit in them.
func (ws *windowState) extra() int64 {
	best := 0.0
	dim, t, used := -1, 0, 0.0 // bounds come by dimension, then by j
	for _, b := range ws.bounds {
		if b.dim != dim {
			dim, t, used = b.dim, 0, 0
		}
		for ; t <= b.j; t++ {
			used += ws.used(dim, t)
		}
		room := float64(b.j+1)*b.limit - used
		excess := b.claim - room
		if excess <= 1e-9 {
			continue
		}
		moved := 0.0
		for _, s := range b.stakes {
			if ws.at[s.i] >= 0 {
				continue
			}
			if math.IsInf(s.pen, 1) {
				return math.MaxInt64 / 2
			}
			take := min(s.load, excess)
			moved += s.pen * take / s.load
			if excess -= take; excess <= 1e-9 {
				break
			}
		}
		best = max(best, moved)
	}
	return int64(best * (1 - 1e-9))
}
