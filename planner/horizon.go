package planner

import (
	"fmt"
	"sort"

	"github.com/decomhq/decom/inventory"
)

// PastHorizon ends the reason of every blocker for an action that would
// fall after inventory.MaxDate.
const PastHorizon = "after 9999-12-31, the last day decom can date"

// pastHorizon returns how many of the nw waves are dated on or before
// inventory.MaxDate (9999-12-31, the last day with a YYYY-MM-DD form), and
// a blocker for each action scheduled in a later wave: such a plan is not
// cut short silently, and no date like 10000-01-01 is ever written. With
// the language's bounds (a wave at most a year apart) only a plan started
// in the last years of the calendar, or pushed there by freezes, gets
// here.
func pastHorizon(e *estate, cal *calendar, wave, unitOf []int, nw int) (int, []Blocker) {
	if nw == 0 {
		return 0, nil
	}
	h := min(nw, cal.lastWaveBy(inventory.MaxDate, nw)+1)
	if h == nw {
		return nw, nil
	}
	var late []Blocker
	for v, nd := range e.nodes {
		if pu := unitOf[v]; pu >= 0 && wave[pu] >= h {
			late = append(late, Blocker{Address: nd.addr, Action: nd.kind, Chain: []string{nd.addr},
				Reason: fmt.Sprintf("would fall in wave %d, %s; start the plan earlier, or give it fewer waves (fewer days between them, more capacity in each)",
					wave[pu]+1, PastHorizon)})
		}
	}
	return h, late
}

// withBlockers adds more blockers to bs, keeping them sorted by address.
func withBlockers(bs, more []Blocker) []Blocker {
	if len(more) == 0 {
		return bs
	}
	bs = append(bs, more...)
	sort.SliceStable(bs, func(i, j int) bool { return bs[i].Address < bs[j].Address })
	return bs
}
