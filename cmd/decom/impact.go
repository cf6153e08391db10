package main

import (
	"github.com/decomhq/decom/planner/explain"
	"github.com/spf13/cobra"
)

// newImpactCmd builds `decom impact` with run as its action.
func newImpactCmd(s streams, run func(streams, *explainOptions) error) *cobra.Command {
	return newExplainCmd(s, run, explain.ImpactFormats, &cobra.Command{
		Use:   "impact ADDRESS [DIR|FILE...]",
		Short: "Show what is affected if an asset goes away now",
		Long: `impact answers "what breaks if this goes away tonight": everything that depends
on the asset, transitively; what is hosted on it or uplinked to it (and on or
to those, and so on); the endpoints and switch ports behind it; the people
(users of applications, and of endpoint groups) and tenants affected; the
most critical service down; and which waves of the plan touch any of it.
Redundancy declared in the inventory (redundant_with on devices,
survives_host_loss on applications) keeps what a partner or another host
carries up: that is listed apart, as losing its redundancy.

An address that names no asset exits 2 and suggests near misses.`,
		Example: `  decom impact device.kcom_core_dc1_a examples/kcom
  decom impact -o json network.kcom examples/kcom`,
	}, false)
}

// runImpact plans the inventory and says what the asset's loss affects.
func runImpact(s streams, o *explainOptions) error {
	return runExplain(s, o, explain.ImpactFormats, (*explain.Index).Impact)
}
