package inventory

import "github.com/hashicorp/hcl/v2"

// Check runs the validation rules of SPEC section 1 that need the whole
// model (capacities, dispositions, targets, retirements, cost shares,
// freezes) and the warnings. It tolerates a partial model from Load.
func Check(m *Model) hcl.Diagnostics {
	// TEMPORARY: replaced by the validation rules.
	return nil
}
