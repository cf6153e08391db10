package planout

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/render/markdown"

	"github.com/decomhq/decom/planner"
)

// WriteMarkdown writes the plan as a report to paste into a wiki: a
// summary, the settings, a table per wave, tables of breaches and blockers
// and the lower bound. Text from the inventory is escaped so that pipes and
// other Markdown syntax in it cannot break the tables.
func WriteMarkdown(w io.Writer, in Input) error {
	p := in.plan()
	bw := bufio.NewWriter(w)
	title := "Migration plan"
	if in.Estate != "" {
		title += ": " + markdown.Escape(in.Estate)
	}
	fmt.Fprintf(bw, "# %s\n\n", title)
	fmt.Fprintf(bw, "%s\n\n", mdSummary(in))
	fmt.Fprintf(bw, "Settings: %s.\n", settingsLine(p.Settings))
	for _, wv := range p.Waves {
		mdWave(bw, wv, in)
	}
	mdBreaches(bw, in)
	mdBlockers(bw, in)
	mdBaseline(bw, p)
	mdBound(bw, p)
	return bw.Flush()
}

// mdBaseline writes, for a plan made against a baseline, the moved,
// conflicting, added and dropped actions as tables.
func mdBaseline(bw *bufio.Writer, p *planner.Plan) {
	b := p.Baseline
	if b == nil {
		return
	}
	fmt.Fprintf(bw, "\n## Changes from the baseline\n\n%s\n", markdown.Escape(baselineSummary(b)))
	if len(b.MovedActions) > 0 {
		fmt.Fprintf(bw, "\n| Moved | Action | From | To | Why |\n|---|---|---|---|---|\n")
		for _, m := range b.MovedActions {
			fmt.Fprintf(bw, "| %s | %s | wave %d (%s) | %s | %s |\n", markdown.Escape(m.Address), m.Action, m.FromWave, m.FromDate, movedTo(m), markdown.Escape(m.Why()))
		}
	}
	if len(b.Conflicts) > 0 {
		fmt.Fprintf(bw, "\n| Conflict | Action | Committed | Why |\n|---|---|---|---|\n")
		for _, c := range b.Conflicts {
			fmt.Fprintf(bw, "| %s | %s | wave %d (%s) | %s |\n", markdown.Escape(c.Address), c.Action, c.Wave, c.Date, markdown.Escape(c.Reason))
		}
	}
	if len(b.Added) > 0 {
		fmt.Fprintf(bw, "\n| Added | Action | Placed |\n|---|---|---|\n")
		for _, a := range b.Added {
			fmt.Fprintf(bw, "| %s | %s | %s |\n", markdown.Escape(a.Address), a.Action, placedAt(a))
		}
	}
	if len(b.Dropped) > 0 {
		fmt.Fprintf(bw, "\n| Dropped | Action | Was |\n|---|---|---|\n")
		for _, d := range b.Dropped {
			fmt.Fprintf(bw, "| %s | %s | wave %d (%s) |\n", markdown.Escape(d.Address), d.Action, d.Wave, d.Date)
		}
	}
}

// mdSummary is the report's opening paragraph: as-of date, actions and
// waves, findings and the lower bound.
func mdSummary(in Input) string {
	p := in.plan()
	planned := 0
	for _, wv := range p.Waves {
		planned += len(wv.Actions)
	}
	var sum []string
	if !in.AsOf.IsZero() {
		sum = append(sum, "As of "+in.AsOf.String()+".")
	}
	switch len(p.Waves) {
	case 0:
		sum = append(sum, "No waves: nothing to plan.")
	default:
		sum = append(sum, fmt.Sprintf("%s in %s, from %s to %s.", english.Plural(planned, "action", "actions"),
			english.Plural(len(p.Waves), "wave", "waves"), p.Waves[0].Date, p.Waves[len(p.Waves)-1].Date))
	}
	sum = append(sum, fmt.Sprintf("%s, %s.", english.Plural(len(p.Breaches), "breach", "breaches"),
		english.Plural(len(p.Blockers), "blocker", "blockers")))
	sum = append(sum, mdCap(boundLine(p))+".")
	return strings.Join(sum, " ")
}

// mdWave writes one wave's heading, totals and table of actions.
func mdWave(bw io.Writer, wv planner.Wave, in Input) {
	fmt.Fprintf(bw, "\n## Wave %d: %s\n\n", wv.Number, wv.Date)
	fmt.Fprintf(bw, "%s.\n\n", mdCap(totalsText(waveTotals(wv), in.plan().Settings)))
	fmt.Fprintln(bw, "| Address | Name | Action | Effort (days) | Critical | Deadline | Slack | Why |")
	fmt.Fprintln(bw, "|---|---|---|--:|---|---|--:|---|")
	for _, a := range wv.Actions {
		action := string(a.Action)
		if a.Group != "" {
			action += " (group " + markdown.Code(a.Group) + ")"
		}
		crit := ""
		if a.Critical {
			crit = "yes"
		}
		deadline, sl := "", ""
		if d, ok := slack(a); ok {
			deadline = a.Deadline.String()
			if a.DeadlineFrom != "" {
				deadline += " (" + markdown.Code(a.DeadlineFrom) + ")"
			}
			if d < 0 {
				sl = "**" + lateText(-d) + "**"
			} else {
				sl = english.Plural(d, "day", "days")
			}
		}
		effort := ""
		if a.EffortDays != 0 {
			effort = num(a.EffortDays)
		}
		mdRow(bw, markdown.Code(a.Address), markdown.Escape(in.name(a.Address)), action, effort, crit, deadline, sl, markdown.Escape(a.Why.Text))
	}
}

// mdBreaches writes the table of late actions, or says there are none.
func mdBreaches(bw io.Writer, in Input) {
	p := in.plan()
	fmt.Fprintf(bw, "\n## Breaches\n\n")
	if len(p.Breaches) == 0 {
		fmt.Fprintln(bw, "None: every planned action meets its deadline.")
	} else {
		fmt.Fprintln(bw, "| Address | Name | Action | Wave | Date | Deadline | Deadline from | Days late |")
		fmt.Fprintln(bw, "|---|---|---|--:|---|---|---|--:|")
		for _, b := range p.Breaches {
			from := ""
			if b.DeadlineFrom != "" {
				from = markdown.Code(b.DeadlineFrom)
			}
			mdRow(bw, markdown.Code(b.Address), markdown.Escape(in.name(b.Address)), string(b.Action), strconv.Itoa(b.Wave), b.Date.String(),
				b.Deadline.String(), from, strconv.Itoa(b.DaysLate))
		}
	}

}

// mdBlockers writes the table of actions that can never be planned, or
// says there are none.
func mdBlockers(bw io.Writer, in Input) {
	p := in.plan()
	fmt.Fprintf(bw, "\n## Blockers\n\n")
	if len(p.Blockers) == 0 {
		fmt.Fprintln(bw, "None: every action the estate needs is planned.")
	} else {
		fmt.Fprintln(bw, "| Address | Name | Action | Reason | Chain |")
		fmt.Fprintln(bw, "|---|---|---|---|---|")
		for _, b := range p.Blockers {
			chain := make([]string, len(b.Chain))
			for i, c := range b.Chain {
				chain[i] = markdown.Code(c)
			}
			mdRow(bw, markdown.Code(b.Address), markdown.Escape(in.name(b.Address)), string(b.Action), markdown.Escape(b.Reason), strings.Join(chain, " → "))
		}
	}

}

// mdBound writes the lower bound and the wave count each argument gives.
func mdBound(bw io.Writer, p *planner.Plan) {
	lb := p.LowerBound
	fmt.Fprintf(bw, "\n## Lower bound\n\nNo valid plan for the planned actions has fewer than %s.\n\n",
		english.Plural(lb.Waves, "wave", "waves"))
	fmt.Fprintln(bw, "| Argument | Waves |")
	fmt.Fprintln(bw, "|---|--:|")
	mdRow(bw, "Longest precedence chain", strconv.Itoa(lb.Chain))
	mdRow(bw, "Total work over capacity", strconv.Itoa(lb.Capacity))
	mdRow(bw, "Window bound", strconv.Itoa(lb.Window))
	if len(p.Breaches) > 0 {
		fmt.Fprintf(bw, "\nNo valid plan of %s has fewer than %s.\n",
			english.Plural(len(p.Waves), "wave", "waves"), english.Plural(lb.Breaches, "breach", "breaches"))
	}
}

// mdRow writes one table row of already-escaped cells.
func mdRow(w io.Writer, cells ...string) {
	fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
}

// mdCap capitalises the first letter of a sentence.
func mdCap(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
