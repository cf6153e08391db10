package planner

import (
	"fmt"
	"sort"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner/schedule"
)

// units are the strongly connected components of the precedence graph
// (move groups and any other zero-lag cycles): each must take one wave.
type units struct {
	comp    []int   // node -> unit
	members [][]int // unit -> nodes, sorted; units ordered by first member
	// softCycle marks units with a soak lag inside: they can never be
	// planned, as their members would have to be waves apart and together.
	softCycle []bool
}

func unitsOf(n int, edges []edge, out csr) *units {
	comp, k := schedule.Components(out.targets(edges))
	// Renumber by smallest member, so unit order is address order.
	first := make([]int, k)
	for i := range first {
		first[i] = -1
	}
	for v := 0; v < n; v++ {
		if first[comp[v]] < 0 {
			first[comp[v]] = v
		}
	}
	order := make([]int, k)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return first[order[i]] < first[order[j]] })
	renum := make([]int, k)
	for i, c := range order {
		renum[c] = i
	}
	u := &units{comp: make([]int, n), members: make([][]int, k)}
	for v := 0; v < n; v++ {
		c := renum[comp[v]]
		u.comp[v] = c
		u.members[c] = append(u.members[c], v)
	}
	u.softCycle = make([]bool, k)
	for _, ed := range edges {
		if ed.lag > 0 && u.comp[ed.from] == u.comp[ed.to] {
			u.softCycle[u.comp[ed.from]] = true
		}
	}
	return u
}

// intrinsic returns the rule 8 roots a unit is on its own: a cycle with a
// soak gap inside, or more work than one wave may hold.
func (u *units) intrinsic(e *estate, members []int, s Settings) []rootBlock {
	c := u.comp[members[0]]
	names := make([]string, len(members))
	var changes, crit int
	var effort float64
	for i, v := range members {
		names[i] = e.nodes[v].addr
		changes++
		effort += e.nodes[v].effort
		if e.nodes[v].critical {
			crit++
		}
	}
	var why, over string
	effortOver := false
	switch {
	case u.softCycle[c]:
		why = fmt.Sprintf("is in a cycle of precedences (%s) that soak_waves = %d cannot satisfy",
			listAddrs(names), s.SoakWaves)
	case s.MaxChanges > 0 && changes > s.MaxChanges:
		over = fmt.Sprintf("%d changes, more than max_changes = %d", changes, s.MaxChanges)
	case s.MaxEffortDays > 0 && effort > s.MaxEffortDays+1e-9:
		over = fmt.Sprintf("%g effort days, more than max_effort_days = %g", effort, s.MaxEffortDays)
		effortOver = true
	case s.MaxCritical > 0 && crit > s.MaxCritical:
		over = fmt.Sprintf("%d critical cutovers, more than max_critical = %d", crit, s.MaxCritical)
	default:
		return nil
	}
	out := make([]rootBlock, len(members))
	for i, v := range members {
		switch {
		case over != "" && len(members) == 1:
			why = fmt.Sprintf("needs %s allows in one wave", over)
		case over != "":
			// Each member names the others it must share a wave with.
			others := append(append([]string{}, names[:i]...), names[i+1:]...)
			why = fmt.Sprintf("%s as one group with %s, which needs %s allows in one wave",
				e.nodes[v].kind.Verb(), listAddrs(others), over)
		}
		// The block itself; its effort when effort is what does not fit.
		src := SourceAt(e.nodes[v].asset, "")
		if effortOver {
			src = SourceAt(e.nodes[v].asset, "effort_days")
		}
		out[i] = rootBlock{node: v, reason: why, src: src}
	}
	return out
}

// problem builds the scheduling problem over the units that are not
// blocked, and maps each node to its unit there (-1 when blocked). Each
// edge's Tag is its index in edges.
// release gives each node's first wave (see estate.releases). A unit's
// release is the latest of its members'.
func (u *units) problem(e *estate, edges []edge, bs *blockState, release []int, cal *calendar, s Settings) (*schedule.Problem, []int) {
	p := &schedule.Problem{Calendar: cal, MaxChanges: s.MaxChanges, MaxEffort: s.MaxEffortDays, MaxCritical: s.MaxCritical}
	pu := make([]int, len(u.members)) // unit -> problem unit
	n := 0
	for c, ms := range u.members {
		pu[c] = -1
		if bs.blocked[ms[0]] {
			continue
		}
		pu[c] = n
		n++
	}
	p.Changes = make([]int, n)
	p.Effort = make([]float64, n)
	p.Critical = make([]int, n)
	p.Latest = make([]int, n)
	p.Due = make([][]int32, n)
	for i := range p.Latest {
		p.Latest[i] = schedule.NoDeadline
	}
	unitOf := make([]int, len(e.nodes))
	lastRelease := 0
	for v := range e.nodes {
		x := pu[u.comp[v]]
		unitOf[v] = x
		if x >= 0 && release[v] > 0 {
			if p.Release == nil {
				p.Release = make([]int, n)
			}
			p.Release[x] = max(p.Release[x], release[v])
			lastRelease = max(lastRelease, release[v])
		}
	}
	// No plan needs more waves than the last release and then a wave (and
	// its soak) per unit: the last wave any deadline can matter for.
	horizon := min(lastRelease+n*(s.SoakWaves+1)+1, 1<<20)
	for v, nd := range e.nodes {
		x := unitOf[v]
		if x < 0 {
			continue
		}
		p.Changes[x]++
		p.Effort[x] += nd.effort
		if nd.critical {
			p.Critical[x]++
		}
		if !nd.deadline.IsZero() {
			p.Due[x] = append(p.Due[x], int32(nd.deadline))
			p.Latest[x] = min(p.Latest[x], cal.lastWaveBy(nd.deadline, horizon))
		}
	}
	p.Edges = make([]schedule.Edge, 0, len(edges))
	for i, ed := range edges {
		a, b := unitOf[ed.from], unitOf[ed.to]
		if a >= 0 && b >= 0 && a != b {
			p.Edges = append(p.Edges, schedule.Edge{From: a, To: b, Lag: ed.lag, Tag: i, Soft: ed.soft})
		}
	}
	return p, unitOf
}

// releaseHorizon is how many waves after the start a not_before may
// reach: an action whose not_before falls later can never be planned (a
// blocker), which keeps the calendar and the schedule finite. At the
// default two weeks a wave it is about 380 years.
const releaseHorizon = 10_000

// releases returns each node's release, the first wave dated on or after
// its not_before (0 without one), and a rule 8 root for each node whose
// not_before is past releaseHorizon or whose first wave would be dated
// after inventory.MaxDate.
func (e *estate) releases(cal *calendar) (release []int, late []rootBlock) {
	release = make([]int, len(e.nodes))
	for v, nd := range e.nodes {
		if nd.notBefore.IsZero() {
			continue
		}
		w := cal.firstWaveFrom(nd.notBefore, releaseHorizon-1)
		if w >= 0 && cal.date(w) > inventory.MaxDate {
			late = append(late, rootBlock{node: v, src: SourceAt(nd.asset, "not_before"), reason: fmt.Sprintf(
				"has not_before = %s, and no wave on or after it falls by %s, the last day decom can date",
				nd.notBefore, inventory.MaxDate)})
			continue
		}
		if w < 0 {
			late = append(late, rootBlock{node: v, src: SourceAt(nd.asset, "not_before"), reason: fmt.Sprintf(
				"has not_before = %s, later than any wave the plan can date (wave %d, the last, falls on %s)",
				nd.notBefore, releaseHorizon, cal.date(releaseHorizon-1))})
			continue
		}
		release[v] = w
	}
	return release, late
}
