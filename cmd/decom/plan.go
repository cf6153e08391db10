package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/diag"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/planout"
	"github.com/hashicorp/hcl/v2"
	"github.com/spf13/cobra"
)

func init() { register(newPlanCmd) }

// failOnKinds are the findings --fail-on accepts, in the order help lists
// them.
var failOnKinds = []string{"breach", "blocker"}

// planOptions are the parsed flags of `decom plan`.
type planOptions struct {
	paths   []string
	format  string
	failOn  []string
	noColor bool
	over    planner.Options
}

func newPlanCmd(s streams) *cobra.Command {
	o := &planOptions{}
	cmd := &cobra.Command{
		Use:   "plan [DIR|FILE...]",
		Short: "Order the estate's migration and retirement into deadline-aware waves",
		Long: `plan loads and validates the inventory at each DIR or FILE (default ".") and
prints waves of actions that respect every dependency, hosting and network
rule, the team's capacity and freeze windows, and that meet support deadlines
wherever they can. Breaches, blockers and a lower bound on the number of waves
follow the waves.

Errors that only stop part of the estate (a retained asset on a network being
decommissioned, a retirement with live dependents) do not stop planning: they
become blockers. Other validation errors exit 1 with their diagnostics.

The override flags replace the inventory's plan block for a what-if run.`,
		Example: `  decom plan examples/kcom
  decom plan -o markdown . > plan.md
  decom plan --fail-on breach,blocker .
  decom plan --max-changes 20 --soak 0 --start 2026-10-05 .`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return runPlan(s, o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.format, "format", "o", "text", "output `FORMAT`: "+strings.Join(planout.Names(), ", "))
	f.StringSliceVar(&o.failOn, "fail-on", nil, "exit 1 when the plan has any of these `FINDINGS`: "+strings.Join(failOnKinds, ", ")+" (comma-separated)")
	f.BoolVar(&o.noColor, "no-color", false, "never colour the text output (NO_COLOR does the same)")
	planOverrideFlags(f, &o.over)
	return cmd
}

// runPlan checks the flags, loads the inventory, plans it and prints the
// plan. It returns an *exitError for invalid inventories and findings, or
// a plain error (exit 2) for bad flags.
func runPlan(s streams, o *planOptions) error {
	write, ok := planout.Lookup(o.format)
	if !ok {
		return fmt.Errorf("unknown format %q for --format; valid formats: %s", o.format, strings.Join(planout.Names(), ", "))
	}
	for _, k := range o.failOn {
		if !slices.Contains(failOnKinds, k) {
			return fmt.Errorf("unknown value %q for --fail-on; valid values: %s", k, strings.Join(failOnKinds, ", "))
		}
	}
	m, err := loadModelForPlan(s, o.paths)
	if err != nil {
		return err
	}
	p, err := planModel(m, o.over)
	if err != nil {
		return err
	}
	in := planout.Input{Plan: p, Color: colorFor(s.Out, o.noColor)}
	if m.Estate != nil {
		in.Estate, in.AsOf = m.Estate.Name, m.Estate.AsOf
	}
	if err := write(s.Out, in); err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the plan: %w", err)}
	}
	return failOnFindings(o.failOn, p)
}

// failOnFindings returns a findings error naming what the plan has of the
// kinds --fail-on asked for, or nil.
func failOnFindings(failOn []string, p *planner.Plan) error {
	var found []string
	if slices.Contains(failOn, "breach") && len(p.Breaches) > 0 {
		found = append(found, english.Plural(len(p.Breaches), "breach", "breaches"))
	}
	if slices.Contains(failOn, "blocker") && len(p.Blockers) > 0 {
		found = append(found, english.Plural(len(p.Blockers), "blocker", "blockers"))
	}
	if len(found) == 0 {
		return nil
	}
	return &exitError{code: exitFindings, err: fmt.Errorf("the plan has %s (--fail-on %s)",
		strings.Join(found, " and "), strings.Join(failOn, ","))}
}

// loadModelForPlan is loadModel for `decom plan`: errors whose rule is a
// PlanBlocker (SPEC rule 8) do not stop planning, because the planner
// reports what they block as blockers; they are left out of stderr, where
// they would read as fatal. Every other diagnostic is printed to stderr;
// errors stop with exit 1 (invalid inventory) or 2 (nothing could be
// loaded). Warnings do not stop it.
func loadModelForPlan(s streams, paths []string) (*inventory.Model, error) {
	m, diags := loadInventory(paths)
	var shown hcl.Diagnostics
	for _, d := range diags {
		if d.Severity == hcl.DiagError {
			if r, ok := diag.Lookup(diag.Code(d)); ok && r.PlanBlocker {
				continue
			}
		}
		shown = append(shown, d)
	}
	if len(shown) > 0 {
		printDiagnostics(s.Err, m, shown)
	}
	if shown.HasErrors() {
		if loadFailedFor(m, shown) {
			return nil, loadFailed()
		}
		return nil, findings()
	}
	return m, nil
}
