package inventory

import (
	"fmt"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// checkRule is one semantic rule over a loaded model: its documented code
// (with Warning set for rules that report warnings) and the function that
// looks for it. Rules are data; Check runs them in the order of checkRules.
type checkRule struct {
	diag.Rule
	// run inspects the model and calls emit once per finding. emit stamps
	// the rule's code and severity, so a rule cannot report another's code.
	run func(c *checker, emit emitFunc)
}

// emitFunc reports one finding of a rule: a short summary, a detail saying
// what to do, the subject range it is about and any other places it is
// about.
type emitFunc func(summary, detail string, subject hcl.Range, related ...diag.Related)

// checkRules lists every rule Check runs, gathered from the check_*.go files.
var checkRules = concatRules(portRules, dispositionRules, decomRules, dependencyRules, selfRules, redundancyRules, settingRules, supportRules)

func concatRules(groups ...[]checkRule) []checkRule {
	var out []checkRule
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

func init() {
	for _, r := range checkRules {
		diag.Register(r.Rule)
	}
}

// Check runs the validation rules of SPEC section 1 that need the whole
// model (capacities, dispositions, targets, retirements, cost shares,
// freezes) and the warnings an architect wants (support already ended, a
// contract ending before the plan starts, and so on). docs/checks.md
// describes every code.
//
// It tolerates a partial model from Load: unresolved references (Addr ==
// "") and references to missing or wrongly typed assets are skipped, as are
// a nil Estate or Plan. A nil model gives no diagnostics. The result follows
// rule order and the model's sorted slices, so it is deterministic; callers
// sort it with diag.Sort for display. Check also computes m's Ports
// afresh, so that later callers of m.Ports see the split it checked.
func Check(m *Model) hcl.Diagnostics {
	if m == nil {
		return nil
	}
	c := &checker{m: m, ports: NewPorts(m)}
	m.ports = c.ports
	if m.Estate != nil {
		c.asOf = m.Estate.AsOf
	}
	var diags hcl.Diagnostics
	for i := range checkRules {
		r := &checkRules[i]
		r.run(c, func(summary, detail string, subject hcl.Range, related ...diag.Related) {
			if r.Warning {
				diags = append(diags, diag.WithRelated(diag.Warning(r.Code, summary, detail, subject), related...))
			} else {
				diags = append(diags, diag.WithRelated(diag.Error(r.Code, summary, detail, subject), related...))
			}
		})
	}
	return diags
}

// checker is the state shared by the rules of one Check run: the model,
// the day support status is judged on and the estate's ports.
type checker struct {
	m      *Model
	asOf   Date // zero when the model has no estate settings
	ports  *Ports
	chains *chains // the repurchase chains, made on first use
}

// network returns the network ref points at, or nil when it is unset,
// dangling or not a network.
func (c *checker) network(ref Ref) *Network {
	if ref.Addr == "" {
		return nil
	}
	n, _ := c.m.Lookup(ref.Addr).(*Network)
	return n
}

// device returns the device ref points at, or nil.
func (c *checker) device(ref Ref) *Device {
	if ref.Addr == "" {
		return nil
	}
	d, _ := c.m.Lookup(ref.Addr).(*Device)
	return d
}

// application returns the application ref points at, or nil.
func (c *checker) application(ref Ref) *Application {
	if ref.Addr == "" {
		return nil
	}
	a, _ := c.m.Lookup(ref.Addr).(*Application)
	return a
}

// gone reports whether an asset with this status and disposition has
// already left: it is done and its action was not to stay. Such assets no
// longer occupy ports, host anything or block anything (SPEC section 1).
func gone(s Status, d Disposition) bool {
	return s == StatusDone && d != DispRetain && d != ""
}

// refRange is where ref was written, or fallback when it has no range
// (for example in a model built by hand).
func refRange(ref Ref, fallback hcl.Range) hcl.Range {
	if ref.Range.Filename == "" && ref.Range.Start.Byte == 0 && ref.Range.End.Byte == 0 {
		return fallback
	}
	return ref.Range
}

// maxListed caps how many names a detail lists before "and N more".
const maxListed = 10

// nameList joins names as "a, b and c", listing at most maxListed.
func nameList(names []string) string {
	if len(names) > maxListed {
		rest := len(names) - maxListed
		return strings.Join(names[:maxListed], ", ") + fmt.Sprintf(" and %d more", rest)
	}
	return english.And(names)
}
