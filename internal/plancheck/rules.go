package plancheck

import (
	"slices"
)

// precedence checks rules 1 to 5 on the placed actions.
func (c *checker) precedence() {
	acts := c.prob.Acts
	for _, e := range c.prob.Edges {
		to, from := c.wave[e.To], c.wave[e.From]
		if to == 0 {
			continue
		}
		if from == 0 {
			if acts[e.From].Blocked {
				c.add(e.Rule, acts[e.To].Address, "in wave %d but needs %s, which is blocked", to, acts[e.From].Address)
			}
			continue // a missing action is reported by placement
		}
		if to < from+e.Lag {
			c.add(e.Rule, acts[e.To].Address, "in wave %d but must be at least %d wave(s) after %s in wave %d", to, e.Lag, acts[e.From].Address, from)
		}
	}
	for _, r := range c.prob.Relax {
		x, y := c.wave[r.X], c.wave[r.Y]
		if x == 0 || (y != 0 && y <= x) || c.prob.linkPermanent(r) {
			continue
		}
		ok := false
		for _, l := range r.Links {
			if wl := c.wave[l]; y != 0 && wl >= max(x, y) {
				ok = true
			}
		}
		if !ok {
			c.add("R1", acts[r.X].Address, "in wave %d before its dependency %s (wave %d) with no link from its target to %s's network up until both have moved",
				x, acts[r.Y].Address, y, acts[r.Y].Address)
		}
	}
	for _, g := range c.prob.Groups {
		w := -1
		for _, i := range g {
			if c.wave[i] == 0 {
				continue
			}
			if w < 0 {
				w = c.wave[i]
			} else if c.wave[i] != w {
				c.add("R2", acts[i].Address, "in wave %d but must share a wave with %s (wave %d): a move group, or a cycle of rule 1/3 constraints", c.wave[i], acts[g[0]].Address, w)
			}
		}
	}
}

// capacity checks rule 7's per-wave limits.
func (c *checker) capacity() {
	s := c.prob.Settings
	n := len(c.plan.Waves)
	changes, crit := make([]int, n+1), make([]int, n+1)
	effort := make([]float64, n+1)
	for i, a := range c.prob.Acts {
		w := c.wave[i]
		if w < 1 || w > n {
			continue
		}
		changes[w]++
		effort[w] += a.Effort
		if a.Critical {
			crit[w]++
		}
	}
	for w := 1; w <= n; w++ {
		if s.MaxChanges > 0 && changes[w] > s.MaxChanges {
			c.add("R7", "", "wave %d has %d changes, over max_changes = %d", w, changes[w], s.MaxChanges)
		}
		if s.MaxEffortDays > 0 && effort[w] > s.MaxEffortDays+1e-9 {
			c.add("R7", "", "wave %d has %g effort days, over max_effort_days = %g", w, effort[w], s.MaxEffortDays)
		}
		if s.MaxCritical > 0 && crit[w] > s.MaxCritical {
			c.add("R7", "", "wave %d has %d critical cutovers, over max_critical = %d", w, crit[w], s.MaxCritical)
		}
	}
}

// breaches checks rule 6: breaches are exactly the planned actions dated
// after their deadline, with the right deadline and lateness.
func (c *checker) breaches() {
	n := len(c.plan.Waves)
	want := map[string]bool{}
	for i, a := range c.prob.Acts {
		if w := c.wave[i]; w >= 1 && w <= n && !a.Deadline.IsZero() && c.plan.Waves[w-1].Date > a.Deadline {
			want[a.Address] = true
		}
	}
	got := map[string]bool{}
	for k, b := range c.plan.Breaches {
		if k > 0 && b.Address <= c.plan.Breaches[k-1].Address {
			c.add("S4", b.Address, "breaches are not in strict address order")
		}
		got[b.Address] = true
		i, ok := c.prob.Index[b.Address]
		if !ok || !want[b.Address] {
			c.add("R6", b.Address, "reported as a breach but is not a planned action dated after its deadline")
			continue
		}
		a, w := c.prob.Acts[i], c.wave[i]
		date := c.plan.Waves[w-1].Date
		if b.Deadline != a.Deadline || b.Date != date || b.Wave != w || b.DaysLate != int(date-a.Deadline) || b.Action != a.Kind {
			c.add("R6", b.Address, "breach %s deadline %s date %s wave %d days_late %d, want %s deadline %s date %s wave %d days_late %d",
				b.Action, b.Deadline, b.Date, b.Wave, b.DaysLate, a.Kind, a.Deadline, date, w, int(date-a.Deadline))
		}
		if b.DeadlineFrom != "" && !slices.Contains(a.DeadlineFrom, b.DeadlineFrom) {
			c.add("R6", b.Address, "deadline_from %s, want one of %v", b.DeadlineFrom, a.DeadlineFrom)
		}
	}
	for i, a := range c.prob.Acts {
		if want[a.Address] && !got[a.Address] {
			c.add("R6", a.Address, "in wave %d on %s after its deadline %s but not reported as a breach", c.wave[i], c.plan.Waves[c.wave[i]-1].Date, a.Deadline)
		}
	}
}
