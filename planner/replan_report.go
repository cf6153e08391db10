package planner

import (
	"fmt"
	"sort"
	"strings"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner/schedule"
)

// moves explains a plan made against a baseline: which baseline actions
// it dates differently, and the changed fact that forced each.
type moves struct {
	r       *replan
	g       *analysis
	cal     *calendar
	wave    []int
	nw      int // waves in the plan (later ones fell past the calendar)
	a       schedule.Anchors
	succ    [][]int // edge indices by From, in the problem
	blocker map[string]string
	bound   schedule.Score // the plan from scratch
	load    *schedule.Load // the plan's load, wave by wave
	members [][]int        // the nodes of each problem unit
}

// report builds the BaselineReport of a plan (wave: the schedule kept;
// scratch: the plan from scratch of the same problem).
func (r *replan) report(g *analysis, cal *calendar, wave, scratch []int, nw int, a schedule.Anchors, plan *Plan) *BaselineReport {
	e, p, unitOf := g.e, g.p, g.unitOf
	m := &moves{r: r, g: g, cal: cal, wave: wave, nw: nw, a: a, succ: make([][]int, p.Len()),
		blocker: map[string]string{}, bound: p.Score(scratch), load: p.LoadOf(wave), members: make([][]int, p.Len())}
	for v, u := range unitOf {
		if u >= 0 {
			m.members[u] = append(m.members[u], v)
		}
	}
	for i, pe := range p.Edges {
		m.succ[pe.From] = append(m.succ[pe.From], i)
	}
	for _, b := range plan.Blockers {
		m.blocker[b.Address] = b.Reason
	}
	rep := &BaselineReport{File: r.b.Name, CommittedUntil: r.keep, Actions: len(r.b.Actions),
		FromScratch:  ScratchScore{Waves: m.bound.Waves, Breaches: m.bound.Breaches, DaysLate: m.bound.Late},
		MovedActions: []MovedAction{}, Added: []AddedAction{}, Dropped: []BaselineAction{}, Conflicts: []Conflict{}}
	acted := make(map[string]bool, len(e.nodes))
	for v, nd := range e.nodes {
		u := unitOf[v]
		placed := u >= 0 && wave[u] < nw
		b := r.byAddr[nd.addr]
		if b == nil && !placed && r.b.Blocked[nd.addr] {
			continue // blocked then and now
		}
		if b == nil || b.Action != nd.kind {
			ad := AddedAction{Address: nd.addr, Action: nd.kind}
			if placed {
				ad.Wave, ad.Date = wave[u]+1, cal.date(wave[u])
			}
			rep.Added = append(rep.Added, ad)
			continue
		}
		acted[nd.addr] = true
		if c := r.conflict[v]; c != "" {
			rep.Conflicts = append(rep.Conflicts, Conflict{Address: nd.addr, Action: nd.kind, Wave: b.Wave, Date: b.Date, Reason: c})
		}
		if u < 0 || scratch[u] >= nw || cal.date(scratch[u]) != b.Date {
			rep.FromScratchMoved++
		}
		if placed && cal.date(wave[u]) == b.Date {
			rep.Kept++
			continue
		}
		mv := MovedAction{Address: nd.addr, Action: nd.kind, FromWave: b.Wave, FromDate: b.Date}
		if placed {
			mv.ToWave, mv.ToDate = wave[u]+1, cal.date(wave[u])
		}
		mv.Reason, mv.Cause = m.explain(v)
		rep.MovedActions = append(rep.MovedActions, mv)
	}
	rep.Moved = len(rep.MovedActions)
	for _, b := range r.b.Actions {
		if !acted[b.Address] {
			rep.Dropped = append(rep.Dropped, b)
		}
	}
	sort.Slice(rep.Conflicts, func(i, j int) bool { return rep.Conflicts[i].Address < rep.Conflicts[j].Address })
	return rep
}

// explain is the reason node v moved, and the changed fact at the root of
// it when that is another action's (following the moved actions that
// forced one another).
func (m *moves) explain(v int) (reason, cause string) {
	reason, next, _ := m.why(v)
	seen := map[int]bool{v: true}
	for next >= 0 && !seen[next] && m.movedNode(next) {
		seen[next] = true
		var fact string
		_, n2, fact := m.why(next)
		if n2 < 0 || seen[n2] || !m.movedNode(n2) {
			return reason, causeText(m.g.e.nodes[next].addr, fact)
		}
		next = n2
	}
	return reason, ""
}

// movedNode reports whether node v is away from its baseline date (or new).
func (m *moves) movedNode(v int) bool {
	u := m.g.unitOf[v]
	if u < 0 {
		return true
	}
	return m.a.Target[u] != m.wave[u]
}

// why is the direct reason node v is not on its baseline date; next is
// the action that forced it (-1 when it is a fact of v's own), and fact
// the reason worded to follow v's address.
func (m *moves) why(v int) (reason string, next int, fact string) {
	e, unitOf := m.g.e, m.g.unitOf
	nd := e.nodes[v]
	b := m.r.byAddr[nd.addr]
	own := func(s string) (string, int, string) { return s, -1, s }
	if b == nil || b.Action != nd.kind {
		return own("is new")
	}
	if c := m.r.conflict[v]; c != "" {
		return own(fmt.Sprintf("was committed to %s, but %s", b.Date, c))
	}
	u := unitOf[v]
	if u < 0 || m.wave[u] >= m.nw {
		return own("can no longer be planned: " + m.blocker[nd.addr])
	}
	t, cur := m.a.Target[u], m.wave[u]
	if t < 0 {
		if f := m.cal.freezeOn(b.Date); f != "" {
			return own(fmt.Sprintf("%s now covers its old date", f))
		}
		return own("its old date is no longer a wave date (the plan's start, wave_days or committed waves changed)")
	}
	if own := m.r.targetOf(nd, m.cal); own != t {
		return m.group(v, u, t)
	}
	if cur > t {
		return m.later(v, u, t)
	}
	return m.earlier(v, u, t, b.Deadline)
}

// group: v now shares a unit whose members were in other waves.
func (m *moves) group(v, u, t int) (string, int, string) {
	e := m.g.e
	for _, w := range m.members[u] {
		if w != v && m.r.targetOf(e.nodes[w], m.cal) == t {
			s := fmt.Sprintf("must now act in one wave with %s (R2)", e.nodes[w].addr)
			return s, -1, s
		}
	}
	s := "must now act in one wave with its group (R2)"
	return s, -1, s
}

// later: v is after its baseline wave t.
func (m *moves) later(v, u, t int) (string, int, string) {
	e, p := m.g.e, m.g.p
	if p.Release != nil && p.Release[u] > t && p.Release[u] > m.a.FirstFree-1 {
		if nb := e.nodes[v].notBefore; !nb.IsZero() && m.cal.date(t) < nb {
			s := fmt.Sprintf("has not_before = %s, after its old date", nb)
			return s, -1, s
		}
		for _, w := range m.members[u] {
			if nb := e.nodes[w].notBefore; !nb.IsZero() && m.cal.date(t) < nb {
				s := fmt.Sprintf("moves in one wave with %s, which has not_before = %s (R2)", e.nodes[w].addr, nb)
				return s, w, "has not_before = " + nb.String()
			}
		}
	}
	best, est := -1, 0
	for _, ei := range p.In(u) {
		pe := p.Edges[ei]
		if at := m.wave[pe.From] + pe.Lag; at > t && (best < 0 || at > est) {
			best, est = ei, at
		}
	}
	if best >= 0 {
		pe := p.Edges[best]
		ed := m.g.edges[pe.Tag]
		s := fmt.Sprintf("waits for %s (%s), which now acts in wave %d", e.nodes[ed.from].addr, ed.rule, m.wave[pe.From]+1)
		if ed.lag > 0 {
			s += fmt.Sprintf(", plus soak_waves = %d", ed.lag)
		}
		if !m.movedNode(ed.from) {
			return s, -1, s + ", a precedence the baseline did not have"
		}
		return s, ed.from, s
	}
	if lim := m.full(u, t); lim != "" {
		s := fmt.Sprintf("wave %d (%s) has no room left for it under %s", t+1, m.cal.date(t), lim)
		if by := m.tookRoom(t); by >= 0 {
			s += ", taken by " + e.nodes[by].addr
			if m.r.byAddr[e.nodes[by].addr] == nil {
				return s + ", which is new", -1, s + ", which is new"
			}
			return s, by, s
		}
		return s, -1, s
	}
	s := fmt.Sprintf("gives way to keep the plan within %d waves and %d breaches, as a plan from scratch does", m.bound.Waves, m.bound.Breaches)
	return s, -1, s
}

// earlier: v is before its baseline wave t.
func (m *moves) earlier(v, u, t int, oldDeadline inventory.Date) (string, int, string) {
	e, p := m.g.e, m.g.p
	nd := e.nodes[v]
	if t >= m.bound.Waves {
		s := fmt.Sprintf("its old wave %d is past the %d waves a plan from scratch needs", t+1, m.bound.Waves)
		return s, -1, s
	}
	if !nd.deadline.IsZero() && m.cal.date(t) > nd.deadline {
		s := fmt.Sprintf("its deadline is now %s", nd.deadline)
		if nd.from >= 0 {
			s += " (" + m.g.e.rel.Addr(nd.from) + ")"
		}
		switch {
		case oldDeadline.IsZero():
			s += ", before its old date; it had none"
		case oldDeadline != nd.deadline:
			s += fmt.Sprintf(", before its old date; it was %s", oldDeadline)
		default:
			s = fmt.Sprintf("moves earlier to meet its deadline %s", nd.deadline)
			if nd.from >= 0 {
				s += " (" + m.g.e.rel.Addr(nd.from) + ")"
			}
			s += fmt.Sprintf(", which its old date missed: a plan from scratch has only %d breaches, and so may this one", m.bound.Breaches)
		}
		return s, -1, s
	}
	best, lst := -1, 0
	for _, ei := range m.succ[u] {
		pe := p.Edges[ei]
		if at := m.wave[pe.To] - pe.Lag; at < t && (best < 0 || at < lst) {
			best, lst = ei, at
		}
	}
	if best >= 0 {
		pe := p.Edges[best]
		ed := m.g.edges[pe.Tag]
		s := fmt.Sprintf("must act before %s (%s), which now acts in wave %d", e.nodes[ed.to].addr, ed.rule, m.wave[pe.To]+1)
		if !m.movedNode(ed.to) {
			return s, -1, s + ", a precedence the baseline did not have"
		}
		return s, ed.to, s
	}
	s := fmt.Sprintf("moves earlier to keep the plan within %d waves and %d breaches, as a plan from scratch does", m.bound.Waves, m.bound.Breaches)
	return s, -1, s
}

// full names the limit that unit u would break in wave t of the plan,
// or "".
func (m *moves) full(u, t int) string { return limitBroken(m.g.p, m.load, u, t) }

// tookRoom is the first node (by address) in wave t of the plan that is
// not on its baseline date there (new, or moved in), or -1.
func (m *moves) tookRoom(t int) int {
	for v, u := range m.g.unitOf {
		if u >= 0 && m.wave[u] == t && m.a.Target[u] != t {
			return v
		}
	}
	return -1
}

// causeText puts an action's address before its fact: "application.x is
// new", "device.y: its deadline is now ...".
func causeText(addr, fact string) string {
	for _, p := range []string{"is ", "has ", "waits ", "must ", "moves ", "can ", "gives "} {
		if strings.HasPrefix(fact, p) {
			return addr + " " + fact
		}
	}
	return addr + ": " + fact
}
