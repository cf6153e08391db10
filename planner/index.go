package planner

import "sort"

// Index finds an address in a plan: the wave and action that act on it,
// its breach and its blocker. Every reader of a plan (explanations,
// diagrams, reports, comparisons) looks addresses up through it.
//
// It points into the plan it was built from: the plan must not change
// while the index is used.
type Index struct {
	p       *Plan
	action  map[string][2]int // address -> wave index, action index
	breach  map[string]int
	blocker map[string]int
	wave    map[int]int // number -> index
	blocks  map[string][]string
	// moved, added, dropped and conflict index the baseline report's
	// lists by address (nil without a baseline).
	moved, added, dropped, conflict map[string]int
}

// Index builds the plan's index in time linear in its size. A nil plan
// gives an empty index.
func (p *Plan) Index() *Index {
	if p == nil {
		p = &Plan{}
	}
	n := len(p.Blockers)
	for _, w := range p.Waves {
		n += len(w.Actions)
	}
	ix := &Index{p: p, action: make(map[string][2]int, n), breach: make(map[string]int, len(p.Breaches)),
		blocker: make(map[string]int, len(p.Blockers)), wave: make(map[int]int, len(p.Waves)), blocks: map[string][]string{}}
	for wi, w := range p.Waves {
		ix.wave[w.Number] = wi
		for ai, a := range w.Actions {
			ix.action[a.Address] = [2]int{wi, ai}
		}
	}
	for i, b := range p.Breaches {
		ix.breach[b.Address] = i
	}
	for i, b := range p.Blockers {
		ix.blocker[b.Address] = i
		if k := len(b.Chain); k > 0 && b.Chain[k-1] != b.Address {
			ix.blocks[b.Chain[k-1]] = append(ix.blocks[b.Chain[k-1]], b.Address)
		}
	}
	if r := p.Baseline; r != nil {
		ix.moved, ix.added, ix.dropped, ix.conflict = map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
		for i, a := range r.MovedActions {
			ix.moved[a.Address] = i
		}
		for i, a := range r.Added {
			ix.added[a.Address] = i
		}
		for i, a := range r.Dropped {
			ix.dropped[a.Address] = i
		}
		for i, a := range r.Conflicts {
			ix.conflict[a.Address] = i
		}
	}
	return ix
}

// Moved returns addr's action as the baseline report lists it among the
// moved ones, or nil (no baseline, or not moved).
func (ix *Index) Moved(addr string) *MovedAction {
	if i, ok := ix.moved[addr]; ok {
		return &ix.p.Baseline.MovedActions[i]
	}
	return nil
}

// Added returns addr's action when the baseline did not have it, or nil.
func (ix *Index) Added(addr string) *AddedAction {
	if i, ok := ix.added[addr]; ok {
		return &ix.p.Baseline.Added[i]
	}
	return nil
}

// Dropped returns the baseline's action on addr when the plan no longer
// needs it, or nil.
func (ix *Index) Dropped(addr string) *BaselineAction {
	if i, ok := ix.dropped[addr]; ok {
		return &ix.p.Baseline.Dropped[i]
	}
	return nil
}

// Conflict returns addr's conflict with its committed baseline date, or
// nil.
func (ix *Index) Conflict(addr string) *Conflict {
	if i, ok := ix.conflict[addr]; ok {
		return &ix.p.Baseline.Conflicts[i]
	}
	return nil
}

// Plan returns the plan the index was built from (never nil).
func (ix *Index) Plan() *Plan { return ix.p }

// Action returns the planned action on addr and its wave; both are nil
// when nothing in a wave acts on addr (it takes no action, or its action
// is blocked).
func (ix *Index) Action(addr string) (*Action, *Wave) {
	at, ok := ix.action[addr]
	if !ok {
		return nil, nil
	}
	w := &ix.p.Waves[at[0]]
	return &w.Actions[at[1]], w
}

// Wave returns the wave numbered n, or nil when the plan has none.
func (ix *Index) Wave(n int) *Wave {
	if i, ok := ix.wave[n]; ok {
		return &ix.p.Waves[i]
	}
	return nil
}

// Breach returns addr's breach, or nil when its action is on time or
// unplanned.
func (ix *Index) Breach(addr string) *Breach {
	if i, ok := ix.breach[addr]; ok {
		return &ix.p.Breaches[i]
	}
	return nil
}

// Blocker returns addr's blocker, or nil when it has none.
func (ix *Index) Blocker(addr string) *Blocker {
	if i, ok := ix.blocker[addr]; ok {
		return &ix.p.Blockers[i]
	}
	return nil
}

// Blocks lists, in plan order, the blocked actions whose chain ends at
// the root cause addr (other than addr's own).
func (ix *Index) Blocks(addr string) []string { return ix.blocks[addr] }

// Addresses lists, sorted, every address with an action: planned in a
// wave or blocked.
func (ix *Index) Addresses() []string {
	out := make([]string, 0, len(ix.action)+len(ix.blocker))
	for a := range ix.action {
		out = append(out, a)
	}
	for a, i := range ix.blocker {
		if _, planned := ix.action[a]; !planned && ix.p.Blockers[i].Action != "" {
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}
