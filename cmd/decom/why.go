package main

import (
	"errors"
	"fmt"

	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/planner/explain"
	"github.com/spf13/cobra"
)

func init() { register(newWhyCmd) }

// explainOptions are the parsed flags of `decom why` and `decom impact`.
type explainOptions struct {
	address string
	paths   []string
	format  string
	over    planner.Options
}

func newWhyCmd(s streams) *cobra.Command {
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
		Example: `  decom why application.cad examples/kcom
  decom why -o json device.core_sw .`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.address, o.paths = args[0], args[1:]
			return runExplain(s, o, func(ix *explain.Index) error {
				w, err := ix.Why(o.address)
				if err != nil {
					return err
				}
				if o.format == "json" {
					return explain.WriteJSON(s.Out, w)
				}
				return explain.WriteWhy(s.Out, w)
			})
		},
	}
	cmd.Flags().StringVarP(&o.format, "format", "o", "text", "output `FORMAT`: text, json")
	planOverrideFlags(cmd.Flags(), &o.over)
	return cmd
}

// runExplain checks the format, loads and plans the inventory, indexes it
// and calls answer; an unknown address becomes a usage error.
func runExplain(s streams, o *explainOptions, answer func(*explain.Index) error) error {
	if o.format != "text" && o.format != "json" {
		return fmt.Errorf("unknown format %q for --format; valid formats: text, json", o.format)
	}
	m, err := loadModelForPlan(s, o.paths)
	if err != nil {
		return err
	}
	p, err := planModel(m, o.over)
	if err != nil {
		return err
	}
	err = answer(explain.New(m, p))
	var ue *explain.UnknownError
	if errors.As(err, &ue) {
		return unknownAddress(m, ue.Address, ue.Address)
	}
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the answer: %w", err)}
	}
	return nil
}
