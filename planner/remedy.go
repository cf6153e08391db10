package planner

import (
	"fmt"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner/schedule"
)

// Remedy says what would put a breach on time: the earliest date its
// action could take place with every other action where the plan has it,
// so the deadline to extend (a contract's ends, a support_ends) to at
// least that date, and the constraint that stops it from being earlier.
// The board report (issue 13) reads it from Breach.Remedy.
type Remedy struct {
	// Date and Wave are the earliest the action could take place with
	// everything else fixed: its deadline, extended to at least Date,
	// would be met.
	Date inventory.Date `json:"date"`
	Wave int            `json:"wave"`
	// Extend is the deadline to move: the attribute and asset it is
	// written on ("ends of contract.kcom_support"); empty when the plan
	// does not know where the deadline comes from.
	Extend string `json:"extend,omitempty"`
	// Binding names the constraint that stops it from being earlier:
	// "start" (the plan's first wave is already after the deadline),
	// "chain" (it waits for Predecessor, by Rule), "not_before", or
	// "capacity" (waves FullFrom to FullTo had no room under Limit).
	Binding     string `json:"binding"`
	Predecessor string `json:"predecessor,omitempty"`
	Rule        string `json:"rule,omitempty"`
	// FullFrom and FullTo are the waves, all of them in between too,
	// that have no room for it under Limit (for "capacity").
	FullFrom int    `json:"full_from,omitempty"`
	FullTo   int    `json:"full_to,omitempty"`
	Limit    string `json:"limit,omitempty"`
	// Text says it in one line: "extend support_ends of device.san_01
	// to at least 2026-09-21: with everything else fixed, wave 1 has no
	// room under max_changes = 20".
	Text string `json:"text"`
}

// remedy works out the Remedy of node v, late in its wave.
func (x *explainer) remedy(v int, extend string) *Remedy {
	u := x.unitOf[v]
	w := x.wave[u]
	rel, chain, pred := 0, 0, -1 // release; latest wave a predecessor allows, and its edge
	if x.p.Release != nil {
		rel = x.p.Release[u]
	}
	for _, ei := range x.p.In(u) {
		pe := x.p.Edges[ei]
		if t := x.wave[pe.From] + pe.Lag; pred < 0 || t > chain {
			chain, pred = t, ei
		}
	}
	est := max(rel, chain)
	// The first wave from est with room for it; the waves before it are
	// full. The scan is bounded (remedyScan waves, and the plan's
	// remedyWork in all), so a plan of thousands of full waves stays
	// linear: past the bound, the action's own wave is taken, and the
	// full waves named are those looked at.
	at, full, limit := w, 0, ""
	for y := est; y < w && y < est+remedyScan && *x.remedyWork > 0; y++ {
		*x.remedyWork--
		if l := x.limitHit(u, y); l != "" {
			full++
			if limit == "" {
				limit = l
			}
			continue
		}
		at = y
		break
	}
	r := &Remedy{Date: x.cal.date(at), Wave: at + 1, Extend: extend}
	var why string
	switch {
	case full > 0:
		r.Binding, r.FullFrom, r.FullTo, r.Limit = "capacity", est+1, est+full, limit
		why = fmt.Sprintf("with everything else fixed, %s no room under %s", wavesHave(est+1, est+full), limit)
	case est > 0 && pred >= 0 && chain >= rel:
		ed := x.edges[x.p.Edges[pred].Tag]
		r.Binding, r.Predecessor, r.Rule = "chain", x.e.nodes[ed.from].addr, ed.rule.String()
		why = fmt.Sprintf("it waits for %s (%s), in wave %d", r.Predecessor, r.Rule, x.wave[x.p.Edges[pred].From]+1)
		if ed.lag > 0 {
			why += fmt.Sprintf(", plus soak_waves = %d", ed.lag)
		}
	case est > 0:
		r.Binding = "not_before"
		why = fmt.Sprintf("its not_before allows no wave before wave %d", est+1)
	default:
		r.Binding = "start"
		why = fmt.Sprintf("wave 1, the plan's first, is on %s", x.cal.date(0))
	}
	target := "its deadline"
	if extend != "" {
		target = extend
	}
	r.Text = fmt.Sprintf("extend %s to at least %s: %s", target, r.Date, why)
	return r
}

// limitHit names the first limit unit u would break in wave y, as the
// schedule stands; empty when it fits.
func (x *explainer) limitHit(u, y int) string { return limitBroken(x.p, x.load, u, y) }

// limitBroken names the first limit ("max_changes = 20") that unit u of p
// would break in wave y under load l; empty when it fits or y is past the
// load's last wave.
func limitBroken(p *schedule.Problem, l *schedule.Load, u, y int) string {
	switch {
	case y >= len(l.Changes):
		return ""
	case p.MaxChanges > 0 && l.Changes[y]+p.Changes[u] > p.MaxChanges:
		return fmt.Sprintf("max_changes = %d", p.MaxChanges)
	case p.MaxEffort > 0 && l.Effort[y]+p.Effort[u] > p.MaxEffort+1e-9:
		return fmt.Sprintf("max_effort_days = %g", p.MaxEffort)
	case p.MaxCritical > 0 && l.Critical[y]+p.Critical[u] > p.MaxCritical:
		return fmt.Sprintf("max_critical = %d", p.MaxCritical)
	}
	return ""
}

// wavesHave says "wave 3 has" or "waves 3 to 7 have".
func wavesHave(from, to int) string {
	if from == to {
		return fmt.Sprintf("wave %d has", from)
	}
	return fmt.Sprintf("waves %d to %d have", from, to)
}

// remedyScan bounds the waves one remedy looks through for room, and
// remedyWork (per plan) all remedies together.
const (
	remedyScan = 256
	remedyWork = 200_000
)

// extendText names the deadline to extend: "support_ends of device.x".
func extendText(src *Source) string {
	if src == nil || src.Address == "" {
		return ""
	}
	if src.Attribute == "" {
		return src.Address
	}
	return src.Attribute + " of " + src.Address
}
