package main

import (
	"errors"
	"fmt"

	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/planner/explain"
	"github.com/decomhq/decom/render/formats"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// explainOptions are the parsed arguments of `decom why` and `decom
// impact`, which both answer a question about one asset of the plan.
type explainOptions struct {
	Address   string          // the asset asked about
	Paths     []string        // directories or files to load; empty means "."
	Format    string          // a name from the command's formats
	Overrides planner.Options // the what-if overrides of the plan block
}

// bind registers the flags of a command whose formats are list on fs.
func bindExplain[T any](o *explainOptions, fs *pflag.FlagSet, list formats.List[T]) {
	formatFlag(fs, &o.Format, list)
	planOverrideFlags(fs, &o.Overrides)
}

// newWhyCmd builds `decom why` with run as its action.
func newWhyCmd(s streams, run func(streams, *explainOptions) error) *cobra.Command {
	o := &explainOptions{}
	cmd := &cobra.Command{
		Use:   "why ADDRESS [DIR|FILE...]",
		Short: "Explain why an asset's action is in its wave and not earlier",
		Long: `why plans the inventory and explains one asset's action: the chain of binding
constraints from the start of the plan to its wave (each step a predecessor
and its wave, a soak gap, a full wave or a freeze), its deadline and where
that comes from, and its slack or lateness. For a blocked action it gives the
causal chain to the root blocker; for an asset that takes no action, why not.

An address that names no asset exits 2 and suggests near misses.`,
		Example: `  decom why application.command_control examples/kcom
  decom why -o json device.kcom_core_dc1_a examples/kcom`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Address, o.Paths = args[0], args[1:]
			return run(s, o)
		},
	}
	bindExplain(o, cmd.Flags(), explain.WhyFormats)
	return cmd
}

// runWhy plans the inventory and explains the asset's action.
func runWhy(s streams, o *explainOptions) error {
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
	m, err := loadForPlan(s, o.Paths)
	if err != nil {
		return err
	}
	p, err := planModel(m, o.Overrides)
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
