package planner

import "github.com/decomhq/decom/inventory"

// Options override the plan block for what-if runs. A nil field keeps the
// inventory's value (or the default).
type Options struct {
	Start         *inventory.Date
	WaveDays      *int
	MaxChanges    *int
	MaxEffortDays *float64
	MaxCritical   *int
	SoakWaves     *int
}

// Build plans a validated estate.
func Build(m *inventory.Model, o Options) *Plan {
	// TEMPORARY: replaced by the planner.
	return &Plan{SchemaVersion: SchemaVersion}
}
