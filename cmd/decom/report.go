package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/report"
	"github.com/spf13/cobra"
)

func init() { register(newReportCmd) }

// reportOptions are the parsed flags of `decom report`.
type reportOptions struct {
	paths  []string
	format string
}

func newReportCmd(s streams) *cobra.Command {
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
			o.paths = args
			return runReport(s, o)
		},
	}
	cmd.Flags().StringVarP(&o.format, "format", "o", "markdown", "output format: "+strings.Join(report.Formats, ", "))
	return cmd
}

func runReport(s streams, o *reportOptions) error {
	if !slices.Contains(report.Formats, o.format) {
		return fmt.Errorf("unknown format %q for --format; valid formats: %s", o.format, strings.Join(report.Formats, ", "))
	}
	m, err := loadModelForPlan(s, o.paths)
	if err != nil {
		return err
	}
	p, err := planModel(m, planner.Options{})
	if err != nil {
		return err
	}
	return report.Write(s.Out, o.format, report.New(m, p))
}
