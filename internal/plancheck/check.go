package plancheck

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// Violation is one way a plan breaks SPEC section 2 or 4.
type Violation struct {
	// Rule is "R1".."R8" for the rules of section 2, "not_before" for
	// section 2's hard not_before, "S4" for the JSON invariants of section
	// 4 and "settings" for the effective settings.
	Rule    string
	Address string // the action concerned, empty for whole-plan findings
	Message string
}

// String renders the violation on one line.
func (v Violation) String() string {
	if v.Address == "" {
		return fmt.Sprintf("[%s] %s", v.Rule, v.Message)
	}
	return fmt.Sprintf("[%s] %s: %s", v.Rule, v.Address, v.Message)
}

// Check verifies p, planned from m with no overrides, against every rule of
// SPEC section 2 and every invariant of section 4. It returns nil when the
// plan is valid.
func Check(m *inventory.Model, p *planner.Plan) []Violation {
	return CheckWith(m, p, planner.Options{})
}

// CheckJSON is Check for a plan read from `decom plan -o json` output.
func CheckJSON(m *inventory.Model, data []byte, o planner.Options) []Violation {
	var p planner.Plan
	if err := json.Unmarshal(data, &p); err != nil {
		return []Violation{{Rule: "S4", Message: "plan JSON does not decode: " + err.Error()}}
	}
	return CheckWith(m, &p, o)
}

// checker carries one check's state.
type checker struct {
	prob *Problem
	plan *planner.Plan
	out  []Violation
	wave []int // per action index: its wave number, 0 when not in a wave
}

func (c *checker) add(rule, addr, format string, args ...any) {
	c.out = append(c.out, Violation{Rule: rule, Address: addr, Message: fmt.Sprintf(format, args...)})
}

// CheckWith is Check for a plan built with overrides o.
func CheckWith(m *inventory.Model, p *planner.Plan, o planner.Options) []Violation {
	c := &checker{plan: p}
	s := c.settings(Settings(m, o))
	c.prob = Derive(m, s)
	if c.prob.choices() {
		// The link kept up for good may be any of a pair's links: take
		// the one the plan blocks.
		out := map[string]bool{}
		for _, b := range p.Blockers {
			out[b.Address] = true
		}
		c.prob.spread(func(r Relax) int {
			for _, l := range r.Links {
				if out[c.prob.Acts[l].Address] {
					return l
				}
			}
			return r.Links[0]
		})
	}
	c.wave = make([]int, len(c.prob.Acts))
	c.waves()
	c.placement()
	c.precedence()
	c.capacity()
	c.breaches()
	if lb := p.LowerBound.Waves; lb < 0 || lb > len(p.Waves) {
		c.add("S4", "", "lower_bound.waves = %d is not within 0..%d waves", lb, len(p.Waves))
	}
	return c.out
}

// settings compares the plan's settings with what the model and overrides
// fix, and returns the effective settings (the plan's own start and
// wave_days where the inventory leaves them to the default).
func (c *checker) settings(want planner.Settings) planner.Settings {
	got := c.plan.Settings
	if want.Start.IsZero() {
		want.Start = got.Start
	}
	if want.WaveDays == 0 {
		want.WaveDays = got.WaveDays
	}
	if got != want {
		c.add("settings", "", "plan settings %+v, want %+v", got, want)
	}
	if want.Start.IsZero() {
		c.add("settings", "", "plan has no start date")
	}
	return want
}

// waves checks numbering, dates and freezes (section 4, rule 7).
func (c *checker) waves() {
	s := c.prob.Settings
	for k, w := range c.plan.Waves {
		if w.Date > inventory.MaxDate {
			c.add("S4", fmt.Sprintf("wave %d", k+1), "dated %d days after %s, the last day with a YYYY-MM-DD form", w.Date-inventory.MaxDate, inventory.MaxDate)
		}
		if w.Number != k+1 {
			c.add("S4", "", "wave %d is numbered %d", k+1, w.Number)
		}
		switch {
		case k == 0 && w.Date < s.Start:
			c.add("S4", "", "wave 1 on %s is before plan.start %s", w.Date, s.Start)
		case k > 0 && w.Date < c.plan.Waves[k-1].Date.AddDays(max(s.WaveDays, 1)):
			c.add("S4", "", "wave %d on %s is less than wave_days = %d after wave %d on %s", k+1, w.Date, s.WaveDays, k, c.plan.Waves[k-1].Date)
		}
		if c.prob.InFreeze(w.Date) {
			c.add("R7", "", "wave %d on %s falls inside a freeze", k+1, w.Date)
		}
		for j, a := range w.Actions {
			if j > 0 && a.Address <= w.Actions[j-1].Address {
				c.add("S4", a.Address, "actions of wave %d are not in strict address order", k+1)
			}
		}
	}
	if n := len(c.plan.Waves); n > 0 && len(c.plan.Waves[n-1].Actions) == 0 {
		c.add("S4", "", "the last wave (%d) is empty", n)
	}
}

// placement checks that every action appears exactly once, with the right
// kind, in a wave or in blockers, and that blockers are exactly the actions
// that can never be planned (rule 8).
func (c *checker) placement() {
	seen := map[string]bool{}
	blocked := make([]bool, len(c.prob.Acts))
	lookup := func(addr string, kind planner.ActionKind, where string) (int, bool) {
		if seen[addr] {
			c.add("S4", addr, "appears more than once (again %s)", where)
			return 0, false
		}
		seen[addr] = true
		i, ok := c.prob.Index[addr]
		if !ok {
			c.add("S4", addr, "%s action %s is not one the estate needs", kind, where)
			return 0, false
		}
		if want := c.prob.Acts[i].Kind; kind != want {
			c.add("S4", addr, "action is %q %s, want %q", kind, where, want)
		}
		return i, true
	}
	for k, w := range c.plan.Waves {
		for _, a := range w.Actions {
			i, ok := lookup(a.Address, a.Action, fmt.Sprintf("in wave %d", k+1))
			if !ok {
				continue
			}
			c.wave[i] = k + 1 // by position: a wrong number is reported by waves()
			act := c.prob.Acts[i]
			if act.Blocked {
				c.add("R8", a.Address, "planned in wave %d but can never be planned: %s", k+1, act.BlockedWhy)
			}
			if a.Critical != act.Critical || math.Abs(a.EffortDays-act.Effort) > 1e-9 {
				c.add("S4", a.Address, "critical=%v effort_days=%g, want critical=%v effort_days=%g", a.Critical, a.EffortDays, act.Critical, act.Effort)
			}
			if a.Deadline != act.Deadline {
				c.add("R6", a.Address, "deadline %q, want %q", a.Deadline, act.Deadline)
			}
			if !act.NotBefore.IsZero() && w.Date < act.NotBefore {
				c.add("not_before", a.Address, "in wave %d on %s, before its not_before %s", k+1, w.Date, act.NotBefore)
			}
		}
	}
	for k, b := range c.plan.Blockers {
		if k > 0 && b.Address <= c.plan.Blockers[k-1].Address {
			c.add("S4", b.Address, "blockers are not in strict address order")
		}
		if b.Action == "" && c.prob.Causes[b.Address] && !seen[b.Address] {
			// An entry naming an asset that takes no action but causes
			// blocks: accepted beside the actions themselves.
			seen[b.Address] = true
			continue
		}
		i, ok := lookup(b.Address, b.Action, "in blockers")
		if !ok {
			continue
		}
		blocked[i] = true
		if !c.prob.Acts[i].Blocked && !c.pastHorizon(b) {
			c.add("R8", b.Address, "reported as a blocker (%q) but can be planned", b.Reason)
		}
		if b.Reason == "" {
			c.add("R8", b.Address, "blocker has no reason")
		}
	}
	for i, a := range c.prob.Acts {
		if c.wave[i] == 0 && !blocked[i] {
			c.add("S4", a.Address, "%s action is neither in a wave nor in blockers", a.Kind)
		}
	}
}

// pastHorizon reports whether b is a blocker for an action that would
// fall after inventory.MaxDate, and the plan really has no room left: the
// earliest date of the wave after its last is past MaxDate.
func (c *checker) pastHorizon(b planner.Blocker) bool {
	if !strings.Contains(b.Reason, planner.PastHorizon) {
		return false
	}
	n := len(c.plan.Waves) + 1
	return c.prob.WaveDates(n)[n-1] > inventory.MaxDate
}
