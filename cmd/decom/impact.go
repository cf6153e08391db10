package main

import (
	"github.com/decomhq/decom/planner/explain"
	"github.com/spf13/cobra"
)

func init() { register(newImpactCmd) }

func newImpactCmd(s streams) *cobra.Command {
	o := &explainOptions{}
	cmd := &cobra.Command{
		Use:   "impact ADDRESS [DIR|FILE...]",
		Short: "Show what is affected if an asset goes away now",
		Long: `impact answers "what breaks if this goes away tonight": everything that depends
on the asset, transitively; what is hosted on it or uplinked to it (and on or
to those, and so on); the endpoints and switch ports behind it; the users and
tenants affected; the most critical service hit; and which waves of the plan
touch any of it.

An address that names no asset exits 2 and suggests near misses.`,
		Example: `  decom impact device.core_sw examples/kcom
  decom impact -o json network.kcom .`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.address, o.paths = args[0], args[1:]
			return runExplain(s, o, func(ix *explain.Index) error {
				im, err := ix.Impact(o.address)
				if err != nil {
					return err
				}
				if o.format == "json" {
					return explain.WriteJSON(s.Out, im)
				}
				return explain.WriteImpact(s.Out, im)
			})
		},
	}
	cmd.Flags().StringVarP(&o.format, "format", "o", "text", "output `FORMAT`: text, json")
	planOverrideFlags(cmd.Flags(), &o.over)
	return cmd
}
