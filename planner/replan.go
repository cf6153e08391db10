package planner

import (
	"fmt"
	"sort"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner/schedule"
)

// BaselineReport says how a plan made against a baseline (Options.Baseline)
// differs from it: the actions whose date changed and why, those the new
// inventory added and dropped, the committed actions it could not keep,
// and how many actions a plan from scratch would have moved.
type BaselineReport struct {
	// File names the baseline (the file it was read from).
	File string `json:"file"`
	// CommittedUntil is the date through which the baseline's waves were
	// committed (--keep-through, plan.committed_until); zero for none.
	CommittedUntil inventory.Date `json:"committed_until,omitzero"`
	// Actions counts the baseline's actions; Kept those on their old date.
	Actions int `json:"actions"`
	Kept    int `json:"kept"`
	// Moved counts the baseline actions the plan dates differently (or
	// could not plan at all); FromScratchMoved how many a plan made from
	// scratch of the same inventory would have.
	Moved            int `json:"moved"`
	FromScratchMoved int `json:"from_scratch_moved"`
	// FromScratch is the plan from scratch the plan is held to: it has no
	// more waves and no more breaches than that (unless commitments
	// force them).
	FromScratch ScratchScore `json:"from_scratch"`
	// MovedActions lists the moved actions, sorted by address.
	MovedActions []MovedAction `json:"moved_actions"`
	// Added lists actions the baseline did not have; Dropped the baseline's
	// actions the inventory no longer needs. Both sorted by address.
	Added   []AddedAction    `json:"added"`
	Dropped []BaselineAction `json:"dropped"`
	// Conflicts lists committed actions the new inventory makes impossible
	// on their committed date, sorted by address.
	Conflicts []Conflict `json:"conflicts"`
}

// ScratchScore is the size of a plan made from scratch.
type ScratchScore struct {
	Waves    int `json:"waves"`
	Breaches int `json:"breaches"`
	DaysLate int `json:"days_late"`
}

// MovedAction is a baseline action the plan dates differently.
type MovedAction struct {
	Address  string         `json:"address"`
	Action   ActionKind     `json:"action"`
	FromWave int            `json:"from_wave"`
	FromDate inventory.Date `json:"from_date"`
	// ToWave and ToDate are where it is now; 0 and zero when it is blocked.
	ToWave int            `json:"to_wave,omitempty"`
	ToDate inventory.Date `json:"to_date,omitzero"`
	// Reason says what forced the move, in one line; Cause names the
	// changed fact at the root of it when that is another action's.
	Reason string `json:"reason"`
	Cause  string `json:"cause,omitempty"`
}

// Why is the move's reason with its root cause, if any: "reason; root
// cause: X".
func (m MovedAction) Why() string {
	if m.Cause == "" {
		return m.Reason
	}
	return m.Reason + "; root cause: " + m.Cause
}

// AddedAction is an action the baseline did not have, and where it is
// placed (wave 0 when blocked).
type AddedAction struct {
	Address string         `json:"address"`
	Action  ActionKind     `json:"action"`
	Wave    int            `json:"wave,omitempty"`
	Date    inventory.Date `json:"date,omitzero"`
}

// Conflict is a committed action the new inventory makes impossible on
// its committed date.
type Conflict struct {
	Address string         `json:"address"`
	Action  ActionKind     `json:"action"`
	Wave    int            `json:"wave"`
	Date    inventory.Date `json:"date"`
	Reason  string         `json:"reason"`
}

// replan is a plan made against a baseline: where the baseline put each
// action, which are committed, and what could not be kept.
type replan struct {
	b    *Baseline
	keep inventory.Date // zero: nothing committed
	// byAddr is the baseline's action at each address.
	byAddr map[string]*BaselineAction
	// pins are the committed waves' dates, in order; unpinned says why
	// each other committed date cannot be a wave.
	pins     []inventory.Date
	unpinned map[inventory.Date]string
	// conflict is each committed node's conflict ("" when kept); fixed
	// each problem unit committed to its wave (-1 when not).
	conflict map[int]string
	fixed    []int
}

// keepThrough is the date through which the baseline is committed: the
// option, else plan.committed_until, else none.
func keepThrough(m *inventory.Model, o Options) inventory.Date {
	if o.KeepThrough != nil {
		return *o.KeepThrough
	}
	if m.Plan != nil {
		return m.Plan.CommittedUntil
	}
	return 0
}

// newReplan prepares a replan against b with waves through keep
// committed, and pins the committed dates into the calendar. A committed
// date that cannot be a wave of the new plan is not pinned, and its
// actions conflict: a freeze now covers it, it is before the start, or
// it is less than wave_days after the committed wave before.
func newReplan(b *Baseline, keep inventory.Date, cal *calendar) *replan {
	r := &replan{b: b, keep: keep, byAddr: make(map[string]*BaselineAction, len(b.Actions)),
		unpinned: map[inventory.Date]string{}, conflict: map[int]string{}}
	dates := map[inventory.Date]bool{}
	for i := range b.Actions {
		a := &b.Actions[i]
		r.byAddr[a.Address] = a
		if !keep.IsZero() && a.Date <= keep {
			dates[a.Date] = true
		}
	}
	sorted := make([]inventory.Date, 0, len(dates))
	for d := range dates {
		sorted = append(sorted, d)
	}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	for _, d := range sorted {
		switch f := cal.freezeOn(d); {
		case f != "":
			r.unpinned[d] = f + " now covers its committed date"
		case d < cal.start:
			r.unpinned[d] = fmt.Sprintf("its committed date is before the plan's start %s", cal.start)
		case len(r.pins) > 0 && d < r.pins[len(r.pins)-1].AddDays(cal.gap):
			r.unpinned[d] = fmt.Sprintf("its committed date is less than wave_days = %d after the committed wave on %s", cal.gap, r.pins[len(r.pins)-1])
		default:
			r.pins = append(r.pins, d)
		}
	}
	cal.pin(r.pins)
	return r
}

// pinWave is the committed wave (0-based) dated d, or -1.
func (r *replan) pinWave(d inventory.Date) int {
	k := sort.Search(len(r.pins), func(i int) bool { return r.pins[i] >= d })
	if k < len(r.pins) && r.pins[k] == d {
		return k
	}
	return -1
}

// commit decides which units are committed to their baseline wave and
// records a conflict for each committed action that cannot stay there;
// it then floors every action (committed ones at their wave, the others
// after the committed waves) through g.release, which every way of
// meeting rule 1 builds its problem from, and builds g.p again.
func (r *replan) commit(g *analysis) {
	s := g.s
	e, p, unitOf := g.e, g.p, g.unitOf
	n := p.Len()
	r.fixed = make([]int, n)
	for u := range r.fixed {
		r.fixed[u] = -1
	}
	if len(r.pins) == 0 && len(r.unpinned) == 0 {
		return
	}
	// Committed nodes, and the nodes of each unit.
	pinOf := make([]int, len(e.nodes))
	members := make([][]int, n)
	for v, nd := range e.nodes {
		pinOf[v] = -1
		if u := unitOf[v]; u >= 0 {
			members[u] = append(members[u], v)
		}
		a := r.byAddr[nd.addr]
		if a == nil || r.keep.IsZero() || a.Date > r.keep {
			continue
		}
		switch {
		case a.Action != nd.kind:
			r.conflict[v] = fmt.Sprintf("now takes the action %s, not %s", nd.kind, a.Action)
		case r.unpinned[a.Date] != "":
			r.conflict[v] = r.unpinned[a.Date]
		case g.blocks.blocked[v]:
			r.conflict[v] = "can no longer be planned (see its blocker)"
		default:
			pinOf[v] = r.pinWave(a.Date)
		}
	}
	// A unit is committed when every member is, to one wave.
	for u, ms := range members {
		w := pinOf[ms[0]]
		for _, v := range ms[1:] {
			if pinOf[v] != w {
				w = -2
			}
		}
		if w == -2 {
			for _, v := range ms {
				if pinOf[v] >= 0 {
					r.conflict[v] = fmt.Sprintf("must now act in one wave with %s (R2), which is not committed to the same wave", r.partner(e, ms, v, pinOf))
				}
			}
			continue
		}
		if w >= 0 && p.Release != nil && p.Release[u] > w {
			r.conflictUnit(e, ms, fmt.Sprintf("has not_before = %s, after its committed date", r.notBefore(e, ms)))
			continue
		}
		r.fixed[u] = w
	}
	r.fitCommitted(e, p, members, s)
	// A committed unit waits only for committed units early enough.
	for _, u := range p.Order() {
		if r.fixed[u] < 0 {
			continue
		}
		for _, ei := range p.In(u) {
			pe := p.Edges[ei]
			if pw := r.fixed[pe.From]; pw >= 0 && pw+pe.Lag <= r.fixed[u] {
				continue
			}
			ed := g.edges[pe.Tag]
			pred := e.nodes[ed.from].addr
			why := "which is not in a committed wave"
			if pw := r.fixed[pe.From]; pw >= 0 {
				why = fmt.Sprintf("which is committed to wave %d", pw+1)
			}
			if ed.lag > 0 {
				why += fmt.Sprintf(", plus soak_waves = %d", ed.lag)
			}
			r.conflictUnit(e, members[u], fmt.Sprintf("must now wait for %s (%s), %s", pred, ed.rule, why))
			r.fixed[u] = -1
			break
		}
	}
	// Floors: committed units on their wave, the rest after the pins.
	floor := make([]int, len(e.nodes))
	for v := range e.nodes {
		floor[v] = max(g.release[v], len(r.pins))
		if u := unitOf[v]; u >= 0 && r.fixed[u] >= 0 {
			floor[v] = r.fixed[u]
		}
	}
	g.release = floor
	g.p, g.edges, g.unitOf = g.variant(make([]bool, len(g.pairs)))
}

// fitCommitted releases committed units from a committed wave that no
// longer has room for them all (the last addresses first), each a
// conflict naming the limit.
func (r *replan) fitCommitted(e *estate, p *schedule.Problem, members [][]int, s Settings) {
	type load struct {
		changes, crit int
		effort        float64
		units         []int
	}
	loads := make([]load, len(r.pins))
	for u, w := range r.fixed {
		if w >= 0 {
			l := &loads[w]
			l.changes, l.effort, l.crit = l.changes+p.Changes[u], l.effort+p.Effort[u], l.crit+p.Critical[u]
			l.units = append(l.units, u)
		}
	}
	for w := range loads {
		l := &loads[w]
		for i := len(l.units) - 1; i >= 0; i-- {
			limit := ""
			switch {
			case s.MaxChanges > 0 && l.changes > s.MaxChanges:
				limit = fmt.Sprintf("max_changes = %d", s.MaxChanges)
			case s.MaxEffortDays > 0 && l.effort > s.MaxEffortDays+1e-9:
				limit = fmt.Sprintf("max_effort_days = %g", s.MaxEffortDays)
			case s.MaxCritical > 0 && l.crit > s.MaxCritical:
				limit = fmt.Sprintf("max_critical = %d", s.MaxCritical)
			}
			if limit == "" {
				break
			}
			u := l.units[i]
			l.changes, l.effort, l.crit = l.changes-p.Changes[u], l.effort-p.Effort[u], l.crit-p.Critical[u]
			r.fixed[u] = -1
			r.conflictUnit(e, members[u], fmt.Sprintf("wave %d no longer has room for it under %s", w+1, limit))
		}
	}
}

// conflictUnit records why for every committed member of a unit.
func (r *replan) conflictUnit(e *estate, ms []int, why string) {
	for _, v := range ms {
		if a := r.byAddr[e.nodes[v].addr]; a != nil && !r.keep.IsZero() && a.Date <= r.keep && r.conflict[v] == "" {
			r.conflict[v] = why
		}
	}
}

// partner names a member of ms committed elsewhere than v, or not at all.
func (r *replan) partner(e *estate, ms []int, v int, pinOf []int) string {
	for _, x := range ms {
		if x != v && pinOf[x] != pinOf[v] {
			return e.nodes[x].addr
		}
	}
	return e.nodes[ms[0]].addr
}

// notBefore is the latest not_before among nodes ms.
func (r *replan) notBefore(e *estate, ms []int) inventory.Date {
	var d inventory.Date
	for _, v := range ms {
		d = max(d, e.nodes[v].notBefore)
	}
	return d
}

// anchors says where the baseline puts each unit of the problem: the wave
// of this calendar dated on the baseline's date (the date most members
// share, the earliest on a tie), and which units are committed.
func (r *replan) anchors(g *analysis, cal *calendar) schedule.Anchors {
	e, p, unitOf := g.e, g.p, g.unitOf
	n := p.Len()
	a := schedule.Anchors{Target: make([]int, n), Fixed: make([]bool, n), FirstFree: len(r.pins)}
	votes := make([]map[int]int, n)
	for v, nd := range e.nodes {
		u := unitOf[v]
		if u < 0 {
			continue
		}
		if w := r.targetOf(nd, cal); w >= 0 {
			if votes[u] == nil {
				votes[u] = map[int]int{}
			}
			votes[u][w]++
		}
	}
	for u := range n {
		a.Target[u] = -1
		for w, c := range votes[u] {
			if b := a.Target[u]; b < 0 || c > votes[u][b] || (c == votes[u][b] && w < b) {
				a.Target[u] = w
			}
		}
		if r.fixed != nil && r.fixed[u] >= 0 {
			a.Target[u], a.Fixed[u] = r.fixed[u], true
		}
	}
	return a
}

// targetOf is the wave (0-based) of this calendar dated on the baseline's
// date of nd's action, or -1 (no such action, or no wave that day).
func (r *replan) targetOf(nd node, cal *calendar) int {
	b := r.byAddr[nd.addr]
	if b == nil || b.Action != nd.kind {
		return -1
	}
	w := cal.firstWaveFrom(b.Date, releaseHorizon-1)
	if w < 0 || cal.date(w) != b.Date {
		return -1
	}
	return w
}

// kept explains a unit that keeps its baseline date (see explainer.kept).
func (r *replan) kept(a schedule.Anchors, cal *calendar) func(u, w int) (Reason, bool) {
	return func(u, w int) (Reason, bool) {
		switch {
		case a.Target[u] != w:
			return Reason{}, false
		case a.Fixed[u]:
			return Reason{Kind: ReasonBaseline, Text: fmt.Sprintf(
				"committed: the baseline %s dated it %s, on or before %s", r.b.Name, cal.date(w), r.keep)}, true
		}
		return Reason{Kind: ReasonBaseline, Text: fmt.Sprintf(
			"keeps its date %s from the baseline %s", cal.date(w), r.b.Name)}, true
	}
}
