package compare

import (
	"fmt"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// PlanChanges says how the plan moved between two versions of an estate.
type PlanChanges struct {
	OldWaves      int `json:"old_waves"`
	NewWaves      int `json:"new_waves"`
	OldLowerBound int `json:"old_lower_bound"`
	NewLowerBound int `json:"new_lower_bound"`
	// Actions lists every action that appeared, disappeared, changed kind
	// or moved to another wave, sorted by address.
	Actions []ActionChange `json:"actions"`
	// NewBreaches and FixedBreaches are breaches only in the new plan and
	// only in the old one; NewBlockers and FixedBlockers likewise.
	NewBreaches   []planner.Breach  `json:"new_breaches"`
	FixedBreaches []planner.Breach  `json:"fixed_breaches"`
	NewBlockers   []planner.Blocker `json:"new_blockers"`
	FixedBlockers []planner.Blocker `json:"fixed_blockers"`
	// Baseline is how the new plan, made with the old plan as its
	// baseline, differs from it (nil for two independent plans).
	Baseline *planner.BaselineReport `json:"baseline,omitempty"`
}

// ActionChange is one asset whose planned action differs. A wave of 0 means
// the action is not in a wave there (absent, or blocked).
type ActionChange struct {
	Address   string             `json:"address"`
	Change    string             `json:"change"` // added, removed or changed
	OldAction planner.ActionKind `json:"old_action,omitempty"`
	NewAction planner.ActionKind `json:"new_action,omitempty"`
	OldWave   int                `json:"old_wave,omitempty"`
	NewWave   int                `json:"new_wave,omitempty"`
	OldDate   inventory.Date     `json:"old_date,omitzero"`
	NewDate   inventory.Date     `json:"new_date,omitzero"`
	// Reason says what forced a move, when the new plan was made against
	// the old one; empty otherwise.
	Reason string `json:"reason,omitempty"`
}

type placed struct {
	kind planner.ActionKind
	wave int
	date inventory.Date
}

// Plans compares two plans action by action. When new was made with old
// as its baseline, each moved action carries the reason it moved.
func Plans(old, new *planner.Plan) PlanChanges {
	pc := PlanChanges{
		OldWaves: len(old.Waves), NewWaves: len(new.Waves),
		OldLowerBound: old.LowerBound.Waves, NewLowerBound: new.LowerBound.Waves,
		Actions:     []ActionChange{},
		NewBreaches: []planner.Breach{}, FixedBreaches: []planner.Breach{},
		NewBlockers: []planner.Blocker{}, FixedBlockers: []planner.Blocker{},
	}
	oi, ni := old.Index(), new.Index()
	why := map[string]string{}
	if b := new.Baseline; b != nil {
		pc.Baseline = b
		for _, m := range b.MovedActions {
			why[m.Address] = m.Why()
		}
	}
	for _, addr := range union(oi.Addresses(), ni.Addresses()) {
		o, inOld := placedIn(oi, addr)
		n, inNew := placedIn(ni, addr)
		c := ActionChange{Address: addr, OldAction: o.kind, NewAction: n.kind, OldWave: o.wave, NewWave: n.wave, OldDate: o.date, NewDate: n.date, Reason: why[addr]}
		switch {
		case !inOld:
			c.Change = Added
		case !inNew:
			c.Change = Removed
		case o != n:
			c.Change = Changed
		default:
			continue
		}
		pc.Actions = append(pc.Actions, c)
	}
	ob, nb := keyed(old.Breaches, breachKey), keyed(new.Breaches, breachKey)
	pc.NewBreaches, pc.FixedBreaches = onlyIn(new.Breaches, ob, breachKey), onlyIn(old.Breaches, nb, breachKey)
	ok, nk := keyed(old.Blockers, blockerKey), keyed(new.Blockers, blockerKey)
	pc.NewBlockers, pc.FixedBlockers = onlyIn(new.Blockers, ok, blockerKey), onlyIn(old.Blockers, nk, blockerKey)
	return pc
}

// placedIn is where a plan puts addr's action: its wave, or no wave when
// it is blocked; ok is false when the plan has no action for addr.
func placedIn(ix *planner.Index, addr string) (p placed, ok bool) {
	if a, w := ix.Action(addr); a != nil {
		return placed{kind: a.Action, wave: w.Number, date: w.Date}, true
	}
	if b := ix.Blocker(addr); b != nil && b.Action != "" {
		return placed{kind: b.Action}, true
	}
	return placed{}, false
}

// union merges two sorted lists of addresses into one, without repeats.
func union(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		switch {
		case len(b) == 0 || (len(a) > 0 && a[0] < b[0]):
			out, a = append(out, a[0]), a[1:]
		case len(a) == 0 || b[0] < a[0]:
			out, b = append(out, b[0]), b[1:]
		default:
			out, a, b = append(out, a[0]), a[1:], b[1:]
		}
	}
	return out
}

func breachKey(b planner.Breach) string   { return b.Address + " " + string(b.Action) }
func blockerKey(b planner.Blocker) string { return b.Address + " " + b.Reason }

func keyed[T any](xs []T, key func(T) string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[key(x)] = true
	}
	return m
}

// onlyIn returns the elements of xs whose key is not in other, in xs's order.
func onlyIn[T any](xs []T, other map[string]bool, key func(T) string) []T {
	out := []T{}
	for _, x := range xs {
		if !other[key(x)] {
			out = append(out, x)
		}
	}
	return out
}

func breachLines(bs []planner.Breach) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = fmt.Sprintf("%s %s %s late (deadline %s)", b.Address, b.Action, english.Plural(b.DaysLate, "day", "days"), b.Deadline)
	}
	return out
}

func blockerLines(bs []planner.Blocker) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Address + ": " + b.Reason
	}
	return out
}
