package quality

import (
	"bytes"
	"fmt"
)

// lp accumulates an LP file in CPLEX LP format, as CBC reads it.
type lp struct {
	b     bytes.Buffer
	rows  int
	terms []string
}

func (l *lp) term(coef float64, v string) {
	l.terms = append(l.terms, fmt.Sprintf("%+g %s", coef, v))
}

// row writes the collected terms as one constraint and clears them. Long
// rows are wrapped, which the format allows.
func (l *lp) row(op string, rhs float64) {
	if len(l.terms) == 0 {
		return
	}
	l.rows++
	fmt.Fprintf(&l.b, " r%d:", l.rows)
	for i, t := range l.terms {
		if i > 0 && i%8 == 0 {
			l.b.WriteString("\n  ")
		}
		l.b.WriteString(" " + t)
	}
	fmt.Fprintf(&l.b, " %s %g\n", op, rhs)
	l.terms = l.terms[:0]
}

func x(k, w int) string { return fmt.Sprintf("x%d_%d", k, w) }

// dom is node k's possible waves within horizon.
func (m *Model) dom(k, horizon int) (int, int) {
	return m.nodes[k].early + 1, horizon - m.nodes[k].late
}

// tsum adds node k's wave number, sum of w * x[k][w], times coef.
func (m *Model) tsum(l *lp, k, horizon int, coef float64) {
	lo, hi := m.dom(k, horizon)
	for w := lo; w <= hi; w++ {
		l.term(coef*float64(w), x(k, w))
	}
}

// Goal says what a solve minimises.
type Goal int

// Goals, solved in this order: the fewest waves; within that many waves
// the fewest breaches; then, keeping that many breaches, the fewest days
// late.
const (
	Waves Goal = iota
	Breaches
	DaysLate
)

// write renders the ILP (see Solve). maxBreaches caps the breaches for
// the DaysLate goal.
func (m *Model) write(horizon int, goal Goal, maxBreaches int, lowerBound int) []byte {
	var l lp
	var obj, late []string
	var binaries []string
	dates := m.Prob.WaveDates(horizon)
	for k, n := range m.nodes {
		lo, hi := m.dom(k, horizon)
		for w := lo; w <= hi; w++ {
			binaries = append(binaries, x(k, w))
			breaches, days := 0, 0
			for _, a := range n.acts {
				if dl := m.Prob.Acts[a].Deadline; !dl.IsZero() && dates[w-1] > dl {
					breaches++
					days += int(dates[w-1] - dl)
				}
			}
			if breaches > 0 {
				late = append(late, fmt.Sprintf("%+d %s", breaches, x(k, w)))
			}
			switch {
			case goal == Breaches && breaches > 0:
				obj = append(obj, fmt.Sprintf("%+d %s", breaches, x(k, w)))
			case goal == DaysLate && days > 0:
				obj = append(obj, fmt.Sprintf("%+d %s", days, x(k, w)))
			}
		}
	}
	l.b.WriteString("Minimize\n obj:")
	switch {
	case goal == Waves:
		l.b.WriteString(" Z")
	case len(obj) == 0 && len(binaries) > 0:
		l.b.WriteString(" 0 " + binaries[0])
	}
	for i, t := range obj {
		if i%8 == 7 {
			l.b.WriteString("\n  ")
		}
		l.b.WriteString(" " + t)
	}
	l.b.WriteString("\nSubject To\n")
	for k := range m.nodes {
		lo, hi := m.dom(k, horizon)
		for w := lo; w <= hi; w++ {
			l.term(1, x(k, w))
		}
		l.row("=", 1)
		if goal == Waves && m.nodes[k].late == 0 {
			l.term(1, "Z")
			m.tsum(&l, k, horizon, -1)
			l.row(">=", 0)
		}
	}
	if goal == DaysLate && len(late) > 0 {
		l.terms = append(l.terms, late...)
		l.row("<=", float64(maxBreaches))
	}
	m.precedence(&l, horizon)
	m.capacity(&l, horizon)
	binaries = append(binaries, m.relax(&l, horizon)...)
	l.b.WriteString("Bounds\n")
	if goal == Waves {
		fmt.Fprintf(&l.b, " %d <= Z <= %d\n", max(lowerBound, m.ChainBound()), horizon)
		l.b.WriteString("General\n Z\n")
	}
	l.b.WriteString("Binaries\n")
	for i, v := range binaries {
		l.b.WriteString(" " + v)
		if i%10 == 9 {
			l.b.WriteString("\n")
		}
	}
	l.b.WriteString("\nEnd\n")
	return l.b.Bytes()
}

// precedence writes the strong time-indexed form of w(t) >= w(f) + lag: by
// every wave w, t can only have happened if f happened by w - lag.
func (m *Model) precedence(l *lp, horizon int) {
	for t := range m.nodes {
		tlo, thi := m.dom(t, horizon)
		for _, a := range m.nodes[t].preds {
			flo, fhi := m.dom(a.from, horizon)
			for w := tlo; w <= thi; w++ {
				for v := tlo; v <= w; v++ {
					l.term(1, x(t, v))
				}
				for v := flo; v <= min(fhi, w-a.lag); v++ {
					l.term(-1, x(a.from, v))
				}
				l.row("<=", 0)
			}
		}
	}
}

// capacity writes rule 7's per-wave limits.
func (m *Model) capacity(l *lp, horizon int) {
	s := m.Prob.Settings
	for w := 1; w <= horizon; w++ {
		for _, lim := range []struct {
			max float64
			of  func(n node) float64
		}{
			{float64(s.MaxChanges), func(n node) float64 { return float64(n.changes) }},
			{s.MaxEffortDays, func(n node) float64 { return n.effort }},
			{float64(s.MaxCritical), func(n node) float64 { return float64(n.crit) }},
		} {
			if lim.max <= 0 {
				continue
			}
			for k, n := range m.nodes {
				lo, hi := m.dom(k, horizon)
				if c := lim.of(n); c > 0 && w >= lo && w <= hi {
					l.term(c, x(k, w))
				}
			}
			l.row("<=", lim.max)
		}
	}
}

// relax writes rule 1's link relaxations as disjunctions: either the order
// is kept (z) or some link is taken down no earlier than both ends (u).
// It returns the extra binaries.
func (m *Model) relax(l *lp, horizon int) []string {
	var bins []string
	H := float64(horizon)
	for r, rx := range m.Prob.Relax {
		xn, yn := m.of[rx.X], m.of[rx.Y]
		if xn < 0 || yn < 0 || xn == yn || permanent(m, rx.Links) {
			continue
		}
		z := fmt.Sprintf("z%d", r)
		bins = append(bins, z)
		m.tsum(l, xn, horizon, 1)
		m.tsum(l, yn, horizon, -1)
		l.term(-H, z)
		l.row(">=", -H)
		var choice []string
		for _, li := range rx.Links {
			ln := m.of[li]
			u := fmt.Sprintf("u%d_%d", r, li)
			bins = append(bins, u)
			choice = append(choice, u)
			for _, end := range []int{xn, yn} {
				m.tsum(l, ln, horizon, 1)
				m.tsum(l, end, horizon, -1)
				l.term(-H, u)
				l.row(">=", -H)
			}
		}
		l.term(1, z)
		for _, u := range choice {
			l.term(1, u)
		}
		l.row(">=", 1)
	}
	return bins
}

func permanent(m *Model, links []int) bool {
	for _, li := range links {
		if m.of[li] < 0 {
			return true
		}
	}
	return false
}
