package planner

import (
	"fmt"

	"github.com/decomhq/decom/planner/schedule"
)

// explainer works out, for each planned action, the binding constraint
// that keeps it out of the wave before its own.
type explainer struct {
	e      *estate
	p      *schedule.Problem
	edges  []edge
	cal    *calendar
	wave   []int
	unitOf []int
	s      Settings
	load   *schedule.Load
	// release is each node's first wave (not_before); comp and members
	// are its unit and the units' nodes.
	release []int
	comp    []int
	members [][]int
	// remedyWork is what is left of the remedies' scan budget.
	remedyWork *int
	// kept explains a unit held on its baseline date (nil without a
	// baseline): ok is false when it is not.
	kept func(u, w int) (r Reason, ok bool)
}

// why explains node v's wave.
func (x *explainer) why(v int) Reason {
	u := x.unitOf[v]
	w := x.wave[u]
	r := x.reason(v, u, w)
	if by := x.cal.movedBy[w]; by != "" {
		r.Freeze = by
		r.Text += fmt.Sprintf("; the wave's date moved to %s, after %s (R7)", x.cal.date(w), by)
	}
	return r
}

func (x *explainer) reason(v, u, w int) Reason {
	if w == 0 {
		return Reason{Kind: ReasonStart, Text: fmt.Sprintf("wave 1, the first wave: on or after the plan start %s", x.s.Start)}
	}
	// The binding predecessor: the one that allows the latest earliest
	// wave; ties go to the lowest address (unit edges are in node order).
	best, est := -1, 0
	for _, ei := range x.p.In(u) {
		pe := x.p.Edges[ei]
		if t := x.wave[pe.From] + pe.Lag; best < 0 || t > est {
			best, est = ei, t
		}
	}
	if best >= 0 && est >= w {
		ed := x.edges[x.p.Edges[best].Tag]
		pw := x.wave[x.p.Edges[best].From] + 1
		pred := x.e.nodes[ed.from].addr
		r := Reason{Kind: ReasonAfter, Predecessor: pred, PredecessorWave: pw, Rule: ed.rule.String(),
			Text: x.edgeText(ed, pred, pw)}
		if ed.lag > 0 {
			r.Kind = ReasonSoak
		}
		if ed.to != v {
			r.Kind, r.Rule = ReasonGroup, "R2"
			r.Text = fmt.Sprintf("%s, and %s %s", x.e.nodes[v].kind.InGroupWith(x.e.nodes[ed.to].addr),
				x.e.nodes[ed.to].addr, x.edgeText(ed, pred, pw))
		}
		return r
	}
	if x.kept != nil {
		if r, ok := x.kept(u, w); ok {
			return r
		}
	}
	if x.heldBy(v, u, w) { // a not_before holds the unit back
		return x.notBefore(v, u, w)
	}
	// Nothing before it binds: the wave before had no room.
	prev := w - 1
	if lim := x.limitHit(u, prev); lim != "" {
		return x.full(prev, lim)
	}
	return Reason{Kind: ReasonPriority, Rule: "R6", Text: fmt.Sprintf(
		"wave %d had room, but the scheduler kept it for work with earlier deadlines or longer chains", prev+1)}
}

// heldBy reports whether the not_before of a member of node v's unit u
// makes w the first wave it may take (a baseline's commitments raise
// releases too, and are explained by kept).
func (x *explainer) heldBy(v, u, w int) bool {
	if x.p.Release == nil || w != x.p.Release[u] {
		return false
	}
	for _, m := range x.members[x.comp[v]] {
		if x.release[m] == w {
			return true
		}
	}
	return false
}

// notBefore explains node v in wave w, held back by the not_before of a
// member of its unit u: its own, or the first (by address) whose release
// is w.
func (x *explainer) notBefore(v, u, w int) Reason {
	by := v
	if x.release[v] != w {
		for _, m := range x.members[x.comp[v]] {
			if x.release[m] == w {
				by = m
				break
			}
		}
	}
	nb := x.e.nodes[by].notBefore
	if by == v {
		return Reason{Kind: ReasonNotBefore, Text: fmt.Sprintf(
			"not_before = %s: wave %d is the first dated on or after it", nb, w+1)}
	}
	return Reason{Kind: ReasonGroup, Rule: "R2", Predecessor: x.e.nodes[by].addr, PredecessorWave: w + 1, Text: fmt.Sprintf(
		"%s, and %s has not_before = %s: wave %d is the first dated on or after it",
		x.e.nodes[v].kind.InGroupWith(x.e.nodes[by].addr), x.e.nodes[by].addr, nb, w+1)}
}

func (x *explainer) full(prev int, limit string) Reason {
	return Reason{Kind: ReasonCapacity, Rule: "R7",
		Text: fmt.Sprintf("wave %d had no room left for it under %s", prev+1, limit)}
}

// edgeText is the one-line reading of edge ed for its target, with the
// predecessor pred in wave pw.
func (x *explainer) edgeText(ed edge, pred string, pw int) string {
	soak := ""
	if ed.lag > 0 {
		soak = fmt.Sprintf(", plus soak_waves = %d", ed.lag)
	}
	switch ed.note {
	case lDep:
		return fmt.Sprintf("depends on %s, which moves in wave %d", pred, pw)
	case lLink:
		return fmt.Sprintf("stays up until %s, which talks to %s across it, has moved in wave %d%s", pred, x.e.nodes[ed.via].addr, pw, soak)
	case lDependent:
		return fmt.Sprintf("%s depends on it and acts in wave %d, so it is retired no earlier", pred, pw)
	case lReplacement:
		return fmt.Sprintf("its replacement %s goes live in wave %d", pred, pw)
	case lReplaced:
		return fmt.Sprintf("it replaces %s, retired in wave %d, whose dependents move to it first", pred, pw)
	case lGroup:
		return fmt.Sprintf("%s (wave %d)", x.e.nodes[ed.to].kind.InGroupWith(pred), pw)
	}
	return fmt.Sprintf("waits for %s (%s it), which acts in wave %d%s", pred, ed.note.String(), pw, soak)
}
