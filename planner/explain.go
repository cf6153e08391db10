package planner

import "fmt"

// explainer works out, for each planned action, the binding constraint
// that keeps it out of the wave before its own.
type explainer struct {
	e      *estate
	p      *problem
	edges  []edge
	cal    *calendar
	wave   []int
	unitOf []int
	s      Settings
	load   *load
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
		return Reason{Kind: "start", Text: fmt.Sprintf("wave 1, the first wave: on or after the plan start %s", x.s.Start)}
	}
	// The binding predecessor: the one that allows the latest earliest
	// wave; ties go to the lowest address (unit edges are in node order).
	best, est := -1, 0
	for _, ei := range x.p.pred[u] {
		pe := x.p.edges[ei]
		if t := x.wave[pe.from] + pe.lag; best < 0 || t > est {
			best, est = ei, t
		}
	}
	if best >= 0 && est >= w {
		ed := x.edges[x.p.edges[best].orig]
		pw := x.wave[x.p.edges[best].from] + 1
		pred := x.e.nodes[ed.from].addr
		r := Reason{Kind: "after", Predecessor: pred, PredecessorWave: pw, Rule: ed.rule.String(),
			Text: x.edgeText(ed, pred, pw)}
		if ed.lag > 0 {
			r.Kind = "soak"
		}
		if ed.to != v {
			r.Kind, r.Rule = "group", "R2"
			r.Text = fmt.Sprintf("moves with %s in one move group, and %s %s",
				x.e.nodes[ed.to].addr, x.e.nodes[ed.to].addr, x.edgeText(ed, pred, pw))
		}
		return r
	}
	// Nothing before it binds: the wave before had no room.
	prev := w - 1
	l := x.load
	switch {
	case x.p.maxC > 0 && l.c[prev]+x.p.changes[u] > x.p.maxC:
		return x.full(prev, fmt.Sprintf("max_changes = %d", x.p.maxC))
	case x.p.maxE > 0 && l.ef[prev]+x.p.effort[u] > x.p.maxE+1e-9:
		return x.full(prev, fmt.Sprintf("max_effort_days = %g", x.p.maxE))
	case x.p.maxK > 0 && l.k[prev]+x.p.crit[u] > x.p.maxK:
		return x.full(prev, fmt.Sprintf("max_critical = %d", x.p.maxK))
	}
	return Reason{Kind: "priority", Rule: "R6", Text: fmt.Sprintf(
		"wave %d had room, but the scheduler kept it for work with earlier deadlines or longer chains", prev+1)}
}

func (x *explainer) full(prev int, limit string) Reason {
	return Reason{Kind: "capacity", Rule: "R7",
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
	case lGroup:
		return fmt.Sprintf("moves with %s in one move group (wave %d)", pred, pw)
	}
	return fmt.Sprintf("waits for %s (%s it), which acts in wave %d%s", pred, ed.note.String(), pw, soak)
}
