package main

import (
	"fmt"

	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/report"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// reportOptions are the parsed arguments of `decom report`.
type reportOptions struct {
	Paths  []string // directories or files to load; empty means "."
	Format string   // a name from report.Formats
}

// bind registers the command's flags on fs.
func (o *reportOptions) bind(fs *pflag.FlagSet) {
	formatFlag(fs, &o.Format, report.Formats)
}

// newReportCmd builds `decom report` with run as its action.
func newReportCmd(s streams, run func(streams, *reportOptions) error) *cobra.Command {
	o := &reportOptions{}
	cmd := &cobra.Command{
		Use:   "report [DIR|FILE...]",
		Short: "Write the decommissioning report for a programme board",
		Long: `report loads, validates and plans the inventory and writes one Markdown document
for people who decide: the estate in numbers, each contract's end date
against the last wave that touches what it covers, the waves, every critical
service's cutover and its slack, breaches, blockers, and the annual running
cost the plan switches off, split between tenants by their cost shares.
With -o json the same content is one JSON object for other tools.`,
		Example: `  decom report examples/kcom > kcom-report.md`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return run(s, o)
		},
	}
	o.bind(cmd.Flags())
	return cmd
}

// runReport loads and plans the inventory and writes the report.
func runReport(s streams, o *reportOptions) error {
	write, err := report.Formats.Lookup(o.Format)
	if err != nil {
		return err
	}
	m, p, err := loadAndPlan(s, o.Paths, planner.Options{})
	if err != nil {
		return err
	}
	if err := write(s.Out, report.New(m, p)); err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the report: %w", err)}
	}
	return nil
}
