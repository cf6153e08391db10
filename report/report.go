package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/render/formats"
	"github.com/decomhq/decom/render/markdown"
)

// Formats are the output formats of a Report, for --format, the default
// (markdown) first.
var Formats = formats.List[*Report]{
	{Name: "markdown", Write: Markdown},
	{Name: "json", Write: formats.JSON[*Report]},
}

// Markdown writes r as a Markdown document.
func Markdown(w io.Writer, r *Report) error {
	var b strings.Builder
	f := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	f("# Decommissioning report: %s\n\n", cell(r.Estate))
	if !r.AsOf.IsZero() {
		f("Support status judged as of %s.\n\n", r.AsOf)
	}
	s := r.Summary
	f("## Summary\n\n| | count |\n| --- | ---: |\n")
	f("| networks (legacy / transition / target) | %d / %d / %d |\n", s.LegacyNetworks, s.TransitionNetworks, s.TargetNetworks)
	f("| devices | %d |\n| applications | %d |\n", s.Devices, s.Applications)
	f("| end-user devices (in %d groups) | %d |\n", s.EndpointGroups, s.Endpoints)
	if s.Switches > 0 {
		f("| switch ports in use on the %s being decommissioned | %d of %d |\n", english.Plural(s.Switches, "switch", "switches"), s.SwitchPortsInUse, s.SwitchPorts)
	}
	f("| planned actions | %d |\n| waves | %d |\n| lower bound on waves | %d |\n", s.Actions, s.Waves, s.LowerBound)
	f("| deadline breaches | %d |\n| blocked | %d |\n\n", s.Breaches, s.Blocked)
	if s.Waves > 0 {
		f("The plan runs from %s (wave 1) to %s (wave %d).\n\n", s.FirstWave, s.LastWave, s.Waves)
	}
	if len(r.Contracts) > 0 {
		f("## Contracts\n\n| contract | supplier | ends | covers | last action | verdict |\n| --- | --- | --- | ---: | --- | --- |\n")
		for _, c := range r.Contracts {
			last, verdict := "none planned", "—"
			if c.LastWave > 0 {
				last, verdict = fmt.Sprintf("wave %d, %s", c.LastWave, c.LastDate), "met"
				if c.DaysLate > 0 {
					verdict = "**late by " + english.Plural(c.DaysLate, "day", "days") + "**"
				}
			}
			f("| %s | %s | %s | %d | %s | %s |\n", code(c.Address), code(c.Supplier), c.Ends, c.Covers, last, verdict)
		}
		f("\n")
	}
	if len(r.Waves) > 0 {
		f("## Waves\n\n| wave | date | actions | effort (days) | critical cutovers |\n| ---: | --- | ---: | ---: | --- |\n")
		for _, w := range r.Waves {
			crit := make([]string, len(w.Critical))
			for i, a := range w.Critical {
				crit[i] = code(a)
			}
			f("| %d | %s | %d | %s | %s |\n", w.Number, w.Date, w.Actions, number(w.EffortDays), strings.Join(crit, ", "))
		}
		f("\n")
	}
	if len(r.Critical) > 0 {
		f("## Critical services\n\n| application | disposition | cutover | deadline |\n| --- | --- | --- | --- |\n")
		for _, c := range r.Critical {
			cutover, deadline := "no action", "—"
			if c.Wave > 0 {
				cutover, deadline = fmt.Sprintf("wave %d, %s", c.Wave, c.Date), "none"
				if !c.Deadline.IsZero() {
					deadline = fmt.Sprintf("%s (%s): %s to spare", c.Deadline, code(c.DeadlineFrom), english.Plural(c.Slack, "day", "days"))
					if c.Slack < 0 {
						deadline = fmt.Sprintf("%s (%s): **%s late**", c.Deadline, code(c.DeadlineFrom), english.Plural(-c.Slack, "day", "days"))
					}
				}
			}
			f("| %s | %s | %s | %s |\n", code(c.Address), orDash(string(c.Disposition)), cutover, deadline)
		}
		f("\n")
	}
	if len(r.Breaches) > 0 {
		f("## Deadline breaches\n\n| asset | action | deadline | from | planned | days late |\n| --- | --- | --- | --- | --- | ---: |\n")
		for _, x := range r.Breaches {
			f("| %s | %s | %s | %s | %s | %d |\n", code(x.Address), x.Action, x.Deadline, code(x.DeadlineFrom), x.Date, x.DaysLate)
		}
		f("\n")
	}
	if len(r.Blockers) > 0 {
		f("## Blocked\n\n| asset | reason |\n| --- | --- |\n")
		for _, x := range r.Blockers {
			f("| %s | %s |\n", code(x.Address), cell(x.Reason))
		}
		f("\n")
	}
	if r.Savings.Annual > 0 {
		f("## Annual running cost switched off\n\n%s a year once every planned decommission and retirement is done (annual_cost of the networks, devices and applications concerned; contracts are listed above).\n\n", number(r.Savings.Annual))
		if len(r.Savings.Tenants) > 0 {
			f("| tenant | share | saving |\n| --- | ---: | ---: |\n")
			for _, t := range r.Savings.Tenants {
				name := t.Name
				if name == "" {
					name = t.Tenant
				}
				f("| %s | %s%% | %s |\n", cell(name), number(t.Share*100), number(t.Annual))
			}
			f("\n")
		}
	}
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

// cell escapes text for a Markdown table cell.
func cell(s string) string { return markdown.Escape(s) }

// code writes an address as inline code, or a dash when empty.
func code(s string) string {
	if s == "" {
		return "—"
	}
	return markdown.Code(s)
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
	return strings.TrimRight(strings.TrimRight(s, "0"), ".")
}
