package plancheck

import "fmt"

// block marks every action that can never be planned (rule 8): the root
// causes found by constraints, move groups (and single actions) larger than
// a wave's capacity, actions whose not_before is past ReleaseHorizon, and, to a fixed point, everything that has to wait for
// a blocked action.
func (d *deriver) block() {
	p := d.p
	s := p.Settings
	fits := func(members []int) string {
		var n, crit int
		var effort float64
		for _, i := range members {
			n++
			effort += p.Acts[i].Effort
			if p.Acts[i].Critical {
				crit++
			}
		}
		switch {
		case s.MaxChanges > 0 && n > s.MaxChanges:
			return fmt.Sprintf("%d changes, more than max_changes = %d", n, s.MaxChanges)
		case s.MaxEffortDays > 0 && effort > s.MaxEffortDays+1e-9:
			return fmt.Sprintf("%g effort days, more than max_effort_days = %g", effort, s.MaxEffortDays)
		case s.MaxCritical > 0 && crit > s.MaxCritical:
			return fmt.Sprintf("%d critical cutovers, more than max_critical = %d", crit, s.MaxCritical)
		}
		return ""
	}
	for i, a := range p.Acts {
		if a.Group < 0 {
			if why := fits([]int{i}); why != "" {
				d.root(i, "needs "+why, "")
			}
		}
	}
	for _, g := range p.Groups {
		if why := fits(g); why != "" {
			for _, i := range g {
				d.root(i, "its move group needs "+why, "")
			}
		}
	}
	for i, a := range p.Acts {
		if p.Release(a) == 0 {
			d.root(i, fmt.Sprintf("not_before %s is later than wave %d or 9999-12-31, the last a plan may date", a.NotBefore, ReleaseHorizon), "")
		}
	}
	p.roots = d.roots
	p.spread(func(r Relax) int { return r.Links[0] })
}

// spread marks the roots and, to a fixed point, everything that has to
// wait for a blocked action. A relaxed pair (rule 1's link exception)
// whose dependency can never move does not hold its dependent back (SPEC
// section 2): the dependent moves, and a link of the pair must stay up for
// good, so that link's decommission is blocked unless one of the pair's
// links is blocked already. Where several links join the pair, any one
// will do: choose picks it.
func (p *Problem) spread(choose func(Relax) int) {
	for i := range p.Acts {
		p.Acts[i].Blocked, p.Acts[i].BlockedWhy = false, ""
	}
	for i, why := range p.roots {
		p.Acts[i].Blocked, p.Acts[i].BlockedWhy = true, why
	}
	set := func(i int, why string) bool {
		if p.Acts[i].Blocked {
			return false
		}
		p.Acts[i].Blocked, p.Acts[i].BlockedWhy = true, why
		return true
	}
	for changed := true; changed; {
		changed = false
		for _, e := range p.Edges {
			if p.Acts[e.From].Blocked && set(e.To, fmt.Sprintf("waits for %s (%s), which is blocked", p.Acts[e.From].Address, e.Rule)) {
				changed = true
			}
		}
		for _, g := range p.Groups {
			for _, i := range g {
				if !p.Acts[i].Blocked {
					continue
				}
				for _, j := range g {
					if set(j, fmt.Sprintf("moves with %s, which is blocked", p.Acts[i].Address)) {
						changed = true
					}
				}
				break
			}
		}
		if changed {
			continue // settle links only once everything else is blocked
		}
		for _, r := range p.Relax {
			if !p.Acts[r.Y].Blocked || p.Acts[r.X].Blocked || p.linkPermanent(r) {
				continue
			}
			l := r.Links[0]
			if len(r.Links) > 1 {
				l = choose(r)
			}
			if set(l, fmt.Sprintf("stays up for good: %s moves and talks across it to %s, which is blocked", p.Acts[r.X].Address, p.Acts[r.Y].Address)) {
				changed = true
			}
		}
	}
}

// choices reports whether some relaxed pair has a dependency that can
// never move and several links to keep up for good, of which a plan
// blocks any one.
func (p *Problem) choices() bool {
	for _, r := range p.Relax {
		if len(r.Links) > 1 && p.Acts[r.Y].Blocked {
			return true
		}
	}
	return false
}

// linkPermanent reports whether one of r's links is never taken down
// because its decommission is blocked, so no order is needed.
func (p *Problem) linkPermanent(r Relax) bool {
	for _, l := range r.Links {
		if p.Acts[l].Blocked {
			return true
		}
	}
	return false
}
