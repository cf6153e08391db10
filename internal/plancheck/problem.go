// Package plancheck checks a plan against SPEC sections 2 and 4, written
// separately from the scheduler: it derives the actions, constraints and
// deadlines an estate implies straight from the model and the SPEC, and
// never imports or copies the scheduler's code (only the plan types).
//
// Derive turns a model into a Problem (actions, precedence edges, move
// groups, deadlines, blocked actions); Check verifies a plan against it.
// The exact solver and the ILP quality benchmark reuse the Problem, so all
// three agree on what a valid plan is.
package plancheck

import (
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// Act is one action an estate needs (SPEC section 2).
type Act struct {
	Address  string
	Kind     planner.ActionKind
	Effort   float64 // effort_days of the asset (any kind that acts)
	Critical bool    // an action of a critical application
	// NotBefore is the asset's not_before: the action's wave may not be
	// dated earlier. Zero when not given.
	NotBefore inventory.Date
	// Deadline is the earliest support end or contract end that applies
	// (rule 6), zero when none does. DeadlineFrom lists every asset whose
	// date equals the deadline.
	Deadline     inventory.Date
	DeadlineFrom []string
	// Blocked is set when the action can never be planned (rule 8);
	// BlockedWhy says why, naming the assets that cause it.
	Blocked    bool
	BlockedWhy string
	// Group is the index of the action's move group in Problem.Groups, or
	// -1 when it moves alone.
	Group int
}

// Edge is a precedence constraint: w(To) >= w(From) + Lag.
type Edge struct {
	From, To int
	Lag      int
	Rule     string // "R1", "R3", "R4" or "R5"
}

// Relax is a rule 1 dependency (X depends on Y, both move) that a still-up
// link can relax: either w(Y) <= w(X), or one of Links (indices of link
// decommission actions) is in a wave >= both. Relaxations by a link that is
// never decommissioned (or whose decommission is blocked) need no order at
// all and are dropped from the Problem.
type Relax struct {
	X, Y  int
	Links []int
}

// Problem is everything a valid plan must satisfy, derived from a model.
type Problem struct {
	Settings planner.Settings
	Freezes  []*inventory.Freeze
	// Acts are sorted by address then kind; Index maps an address to its
	// action index (an asset takes at most one action).
	Acts  []Act
	Index map[string]int
	Edges []Edge
	Relax []Relax
	// Groups are the classes of actions forced into one wave, with more
	// than one member: the move groups of rule 2, merged with cycles of
	// precedence edges (such as applications retired in a dependency
	// cycle, which rule 3 forces into one wave).
	Groups [][]int
	// Causes holds the addresses of assets that take no action but make
	// some action impossible (a retained application on a decommissioned
	// device, a live dependent of a retired application).
	Causes map[string]bool

	// roots are the actions blocked on their own, with the reason.
	roots map[int]string
}

// Blocked returns the number of blocked actions.
func (p *Problem) Blocked() int {
	n := 0
	for _, a := range p.Acts {
		if a.Blocked {
			n++
		}
	}
	return n
}

// InFreeze reports whether d falls inside a freeze window (ends included).
func (p *Problem) InFreeze(d inventory.Date) bool {
	for _, f := range p.Freezes {
		if d >= f.From && d <= f.To {
			return true
		}
	}
	return false
}

// WaveDates returns the dates of waves 1..n on the plan's cadence
// (docs/planner.md, R7): wave 1 on the first day from plan.start that no
// freeze covers, each later wave on the next slot plan.start +
// j*wave_days at least wave_days after it that no freeze covers. These
// are also the earliest dates any valid plan's k-th wave can take.
func (p *Problem) WaveDates(n int) []inventory.Date {
	out := make([]inventory.Date, n)
	for i := range n {
		if i == 0 {
			out[i] = p.nextWave(0, true)
		} else {
			out[i] = p.nextWave(out[i-1], false)
		}
	}
	return out
}

// nextWave is the date of the wave after one on prev, or of wave 1 when
// first is set (see WaveDates).
func (p *Problem) nextWave(prev inventory.Date, first bool) inventory.Date {
	gap := max(p.Settings.WaveDays, 1)
	start := p.Settings.Start
	if first {
		d := start
		for p.InFreeze(d) {
			d++
		}
		return d
	}
	// The first slot start + j*gap on or after prev + gap.
	j := (int(prev.AddDays(gap)-start) + gap - 1) / gap
	d := start.AddDays(j * gap)
	for p.InFreeze(d) {
		d = d.AddDays(gap)
	}
	return d
}

// ReleaseHorizon is how many waves after the start a not_before may
// reach (docs/decisions.md): an action whose not_before is later than the
// date of that many waves can never be planned (rule 8).
const ReleaseHorizon = 10_000

// Release returns the first wave (1-based) dated on or after the action's
// not_before on the plan's cadence (WaveDates), 1 without one, and 0
// when no wave up to ReleaseHorizon, and none dated by 9999-12-31, is.
func (p *Problem) Release(a Act) int {
	if a.NotBefore.IsZero() {
		return 1
	}
	var d inventory.Date
	for i := 1; i <= ReleaseHorizon; i++ {
		d = p.nextWave(d, i == 1)
		if d > inventory.MaxDate {
			return 0
		}
		if d >= a.NotBefore {
			return i
		}
	}
	return 0
}

// Settings returns the effective plan settings for m with overrides o, the
// way SPEC section 1 reads the plan block. Start and WaveDays are zero when
// neither the model nor o gives them (the scheduler picks the default).
func Settings(m *inventory.Model, o planner.Options) planner.Settings {
	var s planner.Settings
	if ps := m.Plan; ps != nil {
		s = planner.Settings{Start: ps.Start, WaveDays: ps.WaveDays, MaxChanges: ps.MaxChanges,
			MaxEffortDays: ps.MaxEffortDays, MaxCritical: ps.MaxCritical, SoakWaves: ps.SoakWaves}
	}
	if o.Start != nil {
		s.Start = *o.Start
	}
	if o.WaveDays != nil {
		s.WaveDays = *o.WaveDays
	}
	if o.MaxChanges != nil {
		s.MaxChanges = *o.MaxChanges
	}
	if o.MaxEffortDays != nil {
		s.MaxEffortDays = *o.MaxEffortDays
	}
	if o.MaxCritical != nil {
		s.MaxCritical = *o.MaxCritical
	}
	if o.SoakWaves != nil {
		s.SoakWaves = *o.SoakWaves
	}
	return s
}
