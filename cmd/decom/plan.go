package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/planner"
	planfindings "github.com/decomhq/decom/planner/findings"
	"github.com/decomhq/decom/render/diagnostics"
	"github.com/decomhq/decom/render/planout"
	"github.com/hashicorp/hcl/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// failOnKinds are the findings --fail-on accepts, in the order help lists
// them.
var failOnKinds = []string{"breach", "blocker"}

// planOptions are the parsed arguments of `decom plan`.
type planOptions struct {
	Paths     []string        // directories or files to load; empty means "."
	Format    string          // a name from planout.Formats
	FailOn    []string        // findings that exit 1: failOnKinds
	NoColor   bool            // never colour the text format
	Overrides planner.Options // the what-if overrides of the plan block
	// Baseline is the file of an earlier `decom plan -o json` to replan
	// against ("" for none); Overrides.KeepThrough commits its waves.
	Baseline string
}

// bind registers the command's flags on fs.
func (o *planOptions) bind(fs *pflag.FlagSet) {
	formatFlag(fs, &o.Format, planout.Formats)
	fs.StringSliceVar(&o.FailOn, "fail-on", nil, "exit 1 when the plan has any of these `FINDINGS`: "+strings.Join(failOnKinds, ", ")+" (comma-separated)")
	fs.BoolVar(&o.NoColor, "no-color", false, "never colour the text output (NO_COLOR does the same)")
	planOverrideFlags(fs, &o.Overrides)
	baselineFlags(fs, &o.Baseline, &o.Overrides)
}

// baselineFlags registers --baseline (into file) and --keep-through
// (into o), which plan and why take alike.
func baselineFlags(fs *pflag.FlagSet, file *string, o *planner.Options) {
	fs.StringVar(file, "baseline", "", "replan against this earlier `PLAN.json` (decom plan -o json), moving as few actions as the changes force")
	fs.Var(&dateFlag{&o.KeepThrough}, "keep-through", "with --baseline: keep the baseline's waves dated on or before this date (same date, same actions), overriding plan.committed_until")
}

// newPlanCmd builds `decom plan` with run as its action.
func newPlanCmd(s streams, run func(streams, *planOptions) error) *cobra.Command {
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

Formats (--format, -o): text (default), json, markdown and csv print the
plan; sarif and github print its breaches and blockers as findings located at
the attribute that causes each one (a contract's ends, a retained
application's disposition), as validate prints its diagnostics. --fail-on
judges those findings. See docs/plan-output.md.

The override flags replace the inventory's plan block for a what-if run.

--baseline PLAN.json replans against an earlier decom plan -o json: with no
more waves and no more breaches than a plan from scratch, it keeps as many
actions on their old date as it can, then keeps days late down. Every format
says how many actions moved and which (from, to, and the changed fact that
forced each), what was added and dropped, and how many a plan from scratch
would have moved. --keep-through DATE (or plan.committed_until) commits the
baseline's waves dated on or before DATE: same date, same actions, except
those the inventory now makes impossible there, each reported as a conflict.
See docs/planner.md.`,
		Example: `  decom plan examples/kcom
  decom plan -o markdown examples/kcom > plan.md
  decom plan --fail-on blocker examples/kcom
  decom plan -o github examples/kcom
  decom plan --max-changes 20 --soak 0 --start 2026-10-05 examples/kcom
  decom plan -o json examples/kcom > baseline.json
  decom plan --baseline baseline.json --keep-through 2026-10-31 examples/kcom`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return run(s, o)
		},
	}
	o.bind(cmd.Flags())
	return cmd
}

// runPlan checks the flags, loads the inventory, plans it and prints the
// plan. It returns an *exitError for invalid inventories and findings, or
// a plain error (exit 2) for bad flags.
func runPlan(s streams, o *planOptions) error {
	write, err := planout.Formats.Lookup(o.Format)
	if err != nil {
		return err
	}
	for _, k := range o.FailOn {
		if !slices.Contains(failOnKinds, k) {
			return fmt.Errorf("unknown value %q for --fail-on; valid values: %s", k, strings.Join(failOnKinds, ", "))
		}
	}
	if err := readBaseline(o.Baseline, &o.Overrides); err != nil {
		return err
	}
	m, p, err := loadAndPlan(s, o.Paths, o.Overrides)
	if err != nil {
		return err
	}
	wd, _ := os.Getwd()
	in := planout.Input{Plan: p, Color: colorFor(s.Out, o.NoColor), Model: m,
		Diagnostics: diagnostics.Options{WorkDir: wd, ToolVersion: moduleVersion(), Log: s.Err}}
	if m.Estate != nil {
		in.Estate, in.AsOf = m.Estate.Name, m.Estate.AsOf
	}
	if err := write(s.Out, in); err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the plan: %w", err)}
	}
	return failOnFindings(o.FailOn, planfindings.Diagnostics(m, p))
}

// failOnFindings returns a findings error naming what the plan's findings
// (the diagnostics -o sarif and -o github report) hold of the kinds
// --fail-on asked for, or nil.
func failOnFindings(failOn []string, ds hcl.Diagnostics) error {
	var found []string
	if n := planfindings.Count(ds, planfindings.CodeBreach); slices.Contains(failOn, "breach") && n > 0 {
		found = append(found, english.Plural(n, "breach", "breaches"))
	}
	if n := planfindings.Count(ds, planfindings.CodeBlocked); slices.Contains(failOn, "blocker") && n > 0 {
		found = append(found, english.Plural(n, "blocker", "blockers"))
	}
	if len(found) == 0 {
		return nil
	}
	return &exitError{code: exitFindings, err: fmt.Errorf("the plan has %s (--fail-on %s)",
		strings.Join(found, " and "), strings.Join(failOn, ","))}
}

// readBaseline reads the --baseline file into o.Baseline. A file that
// cannot be read or is not a plan is a usage error (exit 2) naming it;
// --keep-through without a baseline is one too.
func readBaseline(name string, o *planner.Options) error {
	if name == "" {
		if o.KeepThrough != nil {
			return fmt.Errorf("--keep-through needs --baseline: it commits the waves of a baseline plan")
		}
		return nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("reading the baseline: %w", err)}
	}
	b, err := planner.ReadBaseline(name, data)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	o.Baseline = b
	return nil
}
