// Package report writes the decommissioning report an architect hands to a
// programme board: what the estate is, when each contract and support date
// runs out, the waves, what is late or blocked, and what it saves.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// Write writes the report for m and its plan p as Markdown.
func Write(w io.Writer, m *inventory.Model, p *planner.Plan) error {
	r := &writer{m: m, p: p, wave: waveOf(p)}
	r.header()
	r.summary()
	r.deadlines()
	r.waves()
	r.critical()
	r.findings()
	r.savings()
	_, err := io.WriteString(w, r.b.String())
	return err
}

type writer struct {
	b    strings.Builder
	m    *inventory.Model
	p    *planner.Plan
	wave map[string]placedAction
}

type placedAction struct {
	planner.Action
	wave int
	date inventory.Date
}

func waveOf(p *planner.Plan) map[string]placedAction {
	out := make(map[string]placedAction)
	for _, w := range p.Waves {
		for _, a := range w.Actions {
			out[a.Address] = placedAction{Action: a, wave: w.Number, date: w.Date}
		}
	}
	return out
}

func (r *writer) f(format string, args ...any) { fmt.Fprintf(&r.b, format, args...) }

func (r *writer) header() {
	name := "Estate"
	var asOf inventory.Date
	if e := r.m.Estate; e != nil {
		if e.Name != "" {
			name = e.Name
		}
		asOf = e.AsOf
	}
	r.f("# Decommissioning report: %s\n\n", cell(name))
	if !asOf.IsZero() {
		r.f("Support status judged as of %s.\n\n", asOf)
	}
}

func (r *writer) summary() {
	m, p := r.m, r.p
	r.f("## Summary\n\n")
	r.f("| | count |\n| --- | ---: |\n")
	roles := map[inventory.Role]int{}
	for _, n := range m.Networks {
		roles[n.Role]++
	}
	r.f("| networks (legacy / transition / target) | %d / %d / %d |\n", roles[inventory.RoleLegacy], roles[inventory.RoleTransition], roles[inventory.RoleTarget])
	r.f("| devices | %d |\n| applications | %d |\n", len(m.Devices), len(m.Applications))
	endpoints := 0
	for _, e := range m.Endpoints {
		endpoints += e.Count
	}
	r.f("| end-user devices (in %d groups) | %d |\n", len(m.Endpoints), endpoints)
	actions := 0
	for _, w := range p.Waves {
		actions += len(w.Actions)
	}
	r.f("| planned actions | %d |\n| waves | %d |\n| lower bound on waves | %d |\n", actions, len(p.Waves), p.LowerBound.Waves)
	r.f("| deadline breaches | %d |\n| blocked | %d |\n\n", len(p.Breaches), len(p.Blockers))
	if len(p.Waves) > 0 {
		r.f("The plan runs from %s (wave 1) to %s (wave %d).\n\n", p.Waves[0].Date, p.Waves[len(p.Waves)-1].Date, len(p.Waves))
	}
}

// deadlines lists each contract with the last wave that acts on what it covers.
func (r *writer) deadlines() {
	if len(r.m.Contracts) == 0 {
		return
	}
	r.f("## Contracts\n\n| contract | supplier | ends | covers | last action | verdict |\n| --- | --- | --- | ---: | --- | --- |\n")
	for _, c := range r.m.Contracts {
		last := placedAction{}
		for _, ref := range c.Covers {
			if a, ok := r.wave[ref.Addr]; ok && a.wave > last.wave {
				last = a
			}
		}
		lastText, verdict := "none planned", "—"
		if last.wave > 0 {
			lastText = fmt.Sprintf("wave %d, %s", last.wave, last.date)
			verdict = "met"
			if !c.Ends.IsZero() && last.date > c.Ends {
				verdict = fmt.Sprintf("**late by %d days**", int(last.date-c.Ends))
			}
		}
		r.f("| %s | %s | %s | %d | %s | %s |\n", code(c.Address()), code(c.Supplier.Addr), c.Ends, len(c.Covers), lastText, verdict)
	}
	r.f("\n")
}

func (r *writer) waves() {
	if len(r.p.Waves) == 0 {
		return
	}
	r.f("## Waves\n\n| wave | date | actions | effort (days) | critical cutovers |\n| ---: | --- | ---: | ---: | --- |\n")
	for _, w := range r.p.Waves {
		effort := 0.0
		var critical []string
		for _, a := range w.Actions {
			effort += a.EffortDays
			if a.Critical {
				critical = append(critical, code(a.Address))
			}
		}
		r.f("| %d | %s | %d | %s | %s |\n", w.Number, w.Date, len(w.Actions), number(effort), strings.Join(critical, ", "))
	}
	r.f("\n")
}

func (r *writer) critical() {
	var rows []string
	for _, a := range r.m.Applications {
		if a.Criticality != inventory.CritCritical {
			continue
		}
		row := fmt.Sprintf("| %s | %s | ", code(a.Address()), orDash(string(a.Disposition)))
		if pa, ok := r.wave[a.Address()]; ok {
			row += fmt.Sprintf("wave %d, %s | %s |", pa.wave, pa.date, slack(pa))
		} else {
			row += "no action | — |"
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return
	}
	r.f("## Critical services\n\n| application | disposition | cutover | deadline |\n| --- | --- | --- | --- |\n%s\n\n", strings.Join(rows, "\n"))
}

func slack(a placedAction) string {
	if a.Deadline.IsZero() {
		return "none"
	}
	d := int(a.Deadline - a.date)
	if d < 0 {
		return fmt.Sprintf("%s (%s): **%d days late**", a.Deadline, code(a.DeadlineFrom), -d)
	}
	return fmt.Sprintf("%s (%s): %d days to spare", a.Deadline, code(a.DeadlineFrom), d)
}

func (r *writer) findings() {
	if len(r.p.Breaches) > 0 {
		r.f("## Deadline breaches\n\n| asset | action | deadline | from | planned | days late |\n| --- | --- | --- | --- | --- | ---: |\n")
		for _, b := range r.p.Breaches {
			r.f("| %s | %s | %s | %s | %s | %d |\n", code(b.Address), b.Action, b.Deadline, code(b.DeadlineFrom), b.Date, b.DaysLate)
		}
		r.f("\n")
	}
	if len(r.p.Blockers) > 0 {
		r.f("## Blocked\n\n| asset | reason |\n| --- | --- |\n")
		for _, b := range r.p.Blockers {
			r.f("| %s | %s |\n", code(b.Address), cell(b.Reason))
		}
		r.f("\n")
	}
}

// savings totals the annual cost of what the plan switches off, and splits
// it between tenants by their cost shares.
func (r *writer) savings() {
	total := 0.0
	add := func(addr string, cost float64) {
		if a, ok := r.wave[addr]; ok && a.Action.Action != planner.Migrate {
			total += cost
		}
	}
	for _, n := range r.m.Networks {
		add(n.Address(), n.AnnualCost)
	}
	for _, d := range r.m.Devices {
		add(d.Address(), d.AnnualCost)
	}
	for _, a := range r.m.Applications {
		add(a.Address(), a.AnnualCost)
	}
	if total == 0 {
		return
	}
	r.f("## Annual running cost switched off\n\n%s a year once every planned decommission and retirement is done (annual_cost of the networks, devices and applications concerned; contracts are listed above).\n\n", number(total))
	shares := make([]*inventory.Tenant, 0, len(r.m.Tenants))
	for _, t := range r.m.Tenants {
		if t.CostShare != nil {
			shares = append(shares, t)
		}
	}
	sort.SliceStable(shares, func(i, j int) bool { return *shares[i].CostShare > *shares[j].CostShare })
	if len(shares) == 0 {
		return
	}
	r.f("| tenant | share | saving |\n| --- | ---: | ---: |\n")
	for _, t := range shares {
		r.f("| %s | %s%% | %s |\n", cell(orDash(t.Name)), number(*t.CostShare*100), number(total**t.CostShare))
	}
	r.f("\n")
}

// cell escapes text for a Markdown table cell.
func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ").Replace(s)
}

// code writes an address as inline code, or a dash when empty.
func code(s string) string {
	if s == "" {
		return "—"
	}
	return "`" + strings.ReplaceAll(cell(s), "`", "'") + "`"
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// number prints a quantity with at most two decimals and no trailing zeros.
func number(f float64) string {
	s := fmt.Sprintf("%.2f", f)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}
