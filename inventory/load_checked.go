package inventory

import (
	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// LoadOutcome is what loading and checking an inventory came to, as the
// commands' exit statuses tell it.
type LoadOutcome int

const (
	// LoadedValid: the inventory loaded with no errors; warnings are
	// allowed.
	LoadedValid LoadOutcome = iota
	// LoadedInvalid: the inventory loaded and has errors (exit 1).
	LoadedInvalid
	// NotLoaded: the inventory could not be read at all (exit 2): there
	// are errors and no inventory file was loaded, or an error of a
	// diag.Rule marked LoadFailure (a missing path, an unreadable folder)
	// was raised.
	NotLoaded
)

// LoadAndCheck loads the inventory at paths (default ".") with Load and
// runs the whole-estate checks with CheckLoaded, so that one run reports
// every problem. It returns the model (never nil), every diagnostic and
// the outcome. `decom validate` reports all of it.
func LoadAndCheck(paths []string, opt LoadOptions) (*Model, hcl.Diagnostics, LoadOutcome) {
	m, diags := Load(paths, opt)
	if m == nil {
		m = &Model{}
	}
	diags = append(diags, CheckLoaded(m, diags)...)
	return m, diags, outcomeOf(m, diags)
}

// LoadForPlan is LoadAndCheck for the commands that plan the estate (plan,
// graph, why, impact, report, diff). An error whose rule is a PlanBlocker
// (a retained asset on a network being decommissioned, a retirement with
// live dependents) does not stop planning: the planner reports what it
// blocks as a blocker (SPEC rule 8), so it is left out of the diagnostics
// and of the outcome. The model can be planned when the outcome is
// LoadedValid.
func LoadForPlan(paths []string, opt LoadOptions) (*Model, hcl.Diagnostics, LoadOutcome) {
	m, all, _ := LoadAndCheck(paths, opt)
	var diags hcl.Diagnostics
	for _, d := range all {
		if d.Severity == hcl.DiagError {
			if r, ok := diag.Lookup(diag.Code(d)); ok && r.PlanBlocker {
				continue
			}
		}
		diags = append(diags, d)
	}
	return m, diags, outcomeOf(m, diags)
}

// outcomeOf judges diags: LoadedValid when there is no error; else
// NotLoaded when no file was loaded or an error is a load failure; else
// LoadedInvalid.
func outcomeOf(m *Model, diags hcl.Diagnostics) LoadOutcome {
	if !diags.HasErrors() {
		return LoadedValid
	}
	if len(m.Files) == 0 {
		return NotLoaded
	}
	for _, d := range diags {
		if d.Severity == hcl.DiagError {
			if r, ok := diag.Lookup(diag.Code(d)); ok && r.LoadFailure {
				return NotLoaded
			}
		}
	}
	return LoadedInvalid
}
