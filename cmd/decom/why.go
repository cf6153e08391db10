package main

import (
	"errors"
	"fmt"

	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/planner/explain"
	"github.com/decomhq/decom/render/formats"
	"github.com/spf13/cobra"
)

// explainOptions are the parsed arguments of `decom why` and `decom
// impact`, which both answer a question about one asset of the plan.
type explainOptions struct {
	Address   string          // the asset asked about
	Paths     []string        // directories or files to load; empty means "."
	Format    string          // a name from the command's formats
	Overrides planner.Options // the what-if overrides of the plan block
	// Baseline is the file of an earlier `decom plan -o json` to plan
	// against (why only; "" for none), as decom plan --baseline.
	Baseline string
}

// newExplainCmd completes cmd (its use, texts and examples) as a command
// that answers a question about one asset, with formats list and run as
// its action: the arguments are ADDRESS [DIR|FILE...]. With baseline it
// takes --baseline and --keep-through too.
func newExplainCmd[T any](s streams, run func(streams, *explainOptions) error, list formats.List[T], cmd *cobra.Command, baseline bool) *cobra.Command {
	o := &explainOptions{}
	cmd.Args = cobra.MinimumNArgs(1)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		o.Address, o.Paths = args[0], args[1:]
		return run(s, o)
	}
	formatFlag(cmd.Flags(), &o.Format, list)
	planOverrideFlags(cmd.Flags(), &o.Overrides)
	if baseline {
		baselineFlags(cmd.Flags(), &o.Baseline, &o.Overrides)
	}
	return cmd
}

// newWhyCmd builds `decom why` with run as its action.
func newWhyCmd(s streams, run func(streams, *explainOptions) error) *cobra.Command {
	return newExplainCmd(s, run, explain.WhyFormats, &cobra.Command{
		Use:   "why ADDRESS [DIR|FILE...]",
		Short: "Explain why an asset's action is in its wave and not earlier",
		Long: `why plans the inventory and explains one asset's action: the chain of binding
constraints from the start of the plan to its wave (each step a predecessor
and its wave, a soak gap, a full wave or a freeze), its deadline and where
that comes from, and its slack or lateness. For a blocked action it gives the
causal chain to the root blocker; for an asset that takes no action, why not.

--baseline PLAN.json plans against an earlier decom plan -o json, as decom
plan --baseline does (and --keep-through with it), and says whether the
action kept its baseline date or moved: from which wave to which, and the
changed fact that forced the move; or that it is new, or dropped.

An address that names no asset exits 2 and suggests near misses.`,
		Example: `  decom why application.command_control examples/kcom
  decom why -o json device.kcom_core_dc1_a examples/kcom
  decom plan -o json examples/kcom > baseline.json
  decom why --baseline baseline.json application.command_control examples/kcom`,
	}, true)
}

// runWhy plans the inventory (against the baseline, if given) and
// explains the asset's action.
func runWhy(s streams, o *explainOptions) error {
	if err := readBaseline(o.Baseline, &o.Overrides); err != nil {
		return err
	}
	return runExplain(s, o, explain.WhyFormats, (*explain.Index).Why)
}

// runExplain looks up the format, loads and plans the inventory, indexes
// it and writes answer's answer about o.Address; an unknown address is a
// usage error with a suggestion.
func runExplain[T any](s streams, o *explainOptions, list formats.List[T], answer func(*explain.Index, string) (T, error)) error {
	write, err := list.Lookup(o.Format)
	if err != nil {
		return err
	}
	m, p, err := loadAndPlan(s, o.Paths, o.Overrides)
	if err != nil {
		return err
	}
	a, err := answer(explain.New(m, p), o.Address)
	var ue *explain.UnknownError
	if errors.As(err, &ue) {
		return unknownAddress(m, ue.Address, ue.Address)
	}
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	if err := write(s.Out, a); err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the answer: %w", err)}
	}
	return nil
}
