// Package findings turns a plan's breaches and blockers into diagnostics,
// the same values `decom validate` reports, so that `decom plan -o sarif`
// and `-o github` annotate the line that causes each finding, and
// --fail-on judges the plan by them.
//
// A breach is located at the attribute that sets its deadline (a
// support_ends, or a contract's ends), with the late asset as a related
// place; a blocker at the attribute at the root of its chain (a retained
// asset's disposition, a live dependent's depends_on entry, a link's
// decommission, a not_before), with the blocked asset as a related place.
package findings

import (
	"fmt"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/planner"
	"github.com/hashicorp/hcl/v2"
)

// The codes of plan findings.
const (
	CodeBreach  = "deadline-breach"
	CodeBlocked = "blocked"
	// CodeMoved is an action a plan made against a baseline dates
	// differently; CodeConflict a committed action it could not keep.
	CodeMoved    = "baseline-moved"
	CodeConflict = "baseline-conflict"
)

// Rules documents the codes of plan findings, in code order. They are not
// in the inventory's registry (diag.Register): `decom validate` never
// raises them, so its SARIF does not list them.
var Rules = []diag.Rule{
	{Code: CodeBlocked, Title: "Action that can never be planned",
		Help: "SPEC rule 8: the marked attribute is the root cause of the block, and everything waiting for the blocked action is blocked too. " +
			"Give the asset a disposition that moves or retires it, remove the dependency, or keep what it is on (decommission = false); " +
			"`decom why ADDRESS` shows the whole chain."},
	{Code: CodeBreach, Title: "Action later than its deadline", Warning: true,
		Help: "SPEC rule 6: no valid plan, or not this one, places the action by the date the marked attribute sets. " +
			"Extend the contract or support date, raise the plan's capacity, or accept the lateness; " +
			"`decom why ADDRESS` shows what holds the action back."},
}

// BaselineRules documents the codes of a plan made against a baseline,
// in code order; a plan without one reports only Rules.
var BaselineRules = []diag.Rule{
	{Code: CodeConflict, Title: "Committed action that cannot keep its date", Warning: true,
		Help: "decom plan --baseline with --keep-through or plan.committed_until: the new inventory makes a committed action impossible on its committed date, and it is planned again. " +
			"Tell the people booked for it, or change the inventory back."},
	{Code: CodeMoved, Title: "Action moved from its baseline date", Warning: true,
		Help: "decom plan --baseline: a change to the inventory forced the action off the date the baseline plan gave it; the message says which. " +
			"Rebook it, or undo the change."},
}

// RulesOf are the rules of plan p's findings: Rules, and BaselineRules
// when p was made against a baseline.
func RulesOf(p *planner.Plan) []diag.Rule {
	if p == nil || p.Baseline == nil {
		return Rules
	}
	return append(append([]diag.Rule{}, BaselineRules...), Rules...)
}

// Diagnostics returns one diagnostic per breach (a warning) and one per
// blocker (an error) of plan p, in the plan's order: breaches, then
// blockers, each by address; for a plan made against a baseline, then
// one warning per committed action it could not keep and per moved
// action. m gives the related places (each asset's
// block header); it may be nil.
func Diagnostics(m *inventory.Model, p *planner.Plan) hcl.Diagnostics {
	if p == nil {
		return nil
	}
	out := make(hcl.Diagnostics, 0, len(p.Breaches)+len(p.Blockers))
	for _, b := range p.Breaches {
		out = append(out, breach(m, b))
	}
	for _, b := range p.Blockers {
		out = append(out, blocked(m, b))
	}
	if bl := p.Baseline; bl != nil {
		for _, c := range bl.Conflicts {
			d := diag.Warning(CodeConflict, fmt.Sprintf("%s %s cannot keep its committed date %s", c.Address, c.Action, c.Date),
				fmt.Sprintf("It was committed to wave %d (%s) of the baseline %s, but it %s; it is planned again after the committed waves.", c.Wave, c.Date, bl.File, c.Reason), assetRange(m, c.Address))
			out = append(out, d)
		}
		for _, mv := range bl.MovedActions {
			to := "blocked"
			if mv.ToWave > 0 {
				to = fmt.Sprintf("wave %d (%s)", mv.ToWave, mv.ToDate)
			}
			detail := fmt.Sprintf("The baseline %s had it in wave %d (%s). Moved: %s.", bl.File, mv.FromWave, mv.FromDate, mv.Reason)
			if mv.Cause != "" {
				detail += " At the root: " + mv.Cause + "."
			}
			out = append(out, diag.Warning(CodeMoved, fmt.Sprintf("%s %s moved from %s to %s", mv.Address, mv.Action, mv.FromDate, to),
				detail, assetRange(m, mv.Address)))
		}
	}
	return out
}

// assetRange is the block header of the asset at addr, or no range.
func assetRange(m *inventory.Model, addr string) hcl.Range {
	if m == nil {
		return hcl.Range{}
	}
	if a := m.Lookup(addr); a != nil {
		return a.AssetMeta().DefRange
	}
	return hcl.Range{}
}

func breach(m *inventory.Model, b planner.Breach) *hcl.Diagnostic {
	summary := fmt.Sprintf("%s %s is %s late", b.Address, b.Action, english.Plural(b.DaysLate, "day", "days"))
	detail := fmt.Sprintf("Wave %d is dated %s, after its deadline %s, set by %s. "+
		"Extend that date, make room in earlier waves, or accept the lateness; `decom why %s` shows what holds the action back.",
		b.Wave, b.Date, b.Deadline, setter(b.DeadlineSource, b.DeadlineFrom), b.Address)
	d := diag.Warning(CodeBreach, summary, detail, subject(b.DeadlineSource))
	return withAsset(m, d, b.Address, fmt.Sprintf("%s: %s in wave %d (%s)", b.Address, b.Action, b.Wave, b.Date))
}

func blocked(m *inventory.Model, b planner.Blocker) *hcl.Diagnostic {
	var summary, detail string
	if b.Action == "" {
		summary = fmt.Sprintf("%s blocks the plan", b.Address)
		detail = fmt.Sprintf("%s: %s. `decom why %s` lists what it blocks.", b.Address, b.Reason, b.Address)
	} else {
		summary = fmt.Sprintf("%s %s is blocked", b.Address, b.Action)
		detail = fmt.Sprintf("It %s.", b.Reason)
		if len(b.Chain) > 1 {
			detail += " Chain: " + strings.Join(b.Chain, " ← ") + "."
		}
		detail += fmt.Sprintf(" `decom why %s` explains each step.", b.Address)
	}
	d := diag.Error(CodeBlocked, summary, detail, subject(b.Cause))
	what := b.Address + ": blocked"
	if b.Action != "" {
		what = fmt.Sprintf("%s: %s blocked", b.Address, b.Action)
	}
	if b.Cause != nil && b.Cause.Address == b.Address {
		return d // the subject is the asset itself
	}
	return withAsset(m, d, b.Address, what)
}

// setter names what sets a deadline: "ends of contract.x", or the address
// alone when the plan does not say which attribute.
func setter(src *planner.Source, from string) string {
	if src == nil || src.Attribute == "" {
		return from
	}
	return src.Attribute + " of " + src.Address
}

// subject is the range of src, or none.
func subject(src *planner.Source) hcl.Range {
	if src == nil {
		return hcl.Range{}
	}
	return src.Range
}

// withAsset adds the block header of the asset at addr to d's related
// places, when m has it with a range.
func withAsset(m *inventory.Model, d *hcl.Diagnostic, addr, message string) *hcl.Diagnostic {
	if m == nil {
		return d
	}
	a := m.Lookup(addr)
	if a == nil || a.AssetMeta().DefRange.Filename == "" {
		return d
	}
	return diag.WithRelated(d, diag.Related{Message: message, Range: a.AssetMeta().DefRange})
}

// Count returns how many of ds have code.
func Count(ds hcl.Diagnostics, code string) int {
	n := 0
	for _, d := range ds {
		if diag.Code(d) == code {
			n++
		}
	}
	return n
}
