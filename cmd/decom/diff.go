package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/decomhq/decom/compare"
	"github.com/decomhq/decom/planner"
	"github.com/spf13/cobra"
)

func init() { register(newDiffCmd) }

// diffOptions are the parsed flags of `decom diff`.
type diffOptions struct {
	old, new string
	format   string
}

func newDiffCmd(s streams) *cobra.Command {
	o := &diffOptions{}
	cmd := &cobra.Command{
		Use:   "diff OLD_DIR NEW_DIR",
		Short: "Show what changed between two versions of an estate and how the plan moved",
		Long: `diff loads and plans two versions of an inventory (for example the main branch
checked out in one folder and a pull request in another) and reports the
assets added, removed and changed, attribute by attribute, then how the plan
moved: actions that changed wave or kind, breaches and blockers that appeared
or went away, and the wave counts. Moving a block to another file or line is
not a change. The Markdown format is meant for a pull-request comment.`,
		Example: `  git worktree add /tmp/base origin/main
  decom diff /tmp/base/inventory inventory
  decom diff -o markdown /tmp/base/inventory inventory > plan-diff.md`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.old, o.new = args[0], args[1]
			return runDiff(s, o)
		},
	}
	cmd.Flags().StringVarP(&o.format, "format", "o", "text", "output format: "+strings.Join(compare.Formats, ", "))
	return cmd
}

func runDiff(s streams, o *diffOptions) error {
	if !slices.Contains(compare.Formats, o.format) {
		return fmt.Errorf("unknown format %q for --format; valid formats: %s", o.format, strings.Join(compare.Formats, ", "))
	}
	oldM, err := loadModelForPlan(s, []string{o.old})
	if err != nil {
		return err
	}
	newM, err := loadModelForPlan(s, []string{o.new})
	if err != nil {
		return err
	}
	oldP, err := planModel(oldM, planner.Options{})
	if err != nil {
		return err
	}
	newP, err := planModel(newM, planner.Options{})
	if err != nil {
		return err
	}
	r := compare.NewReport(compare.Assets(oldM, newM), compare.Plans(oldP, newP))
	return compare.WriteReport(s.Out, o.format, r)
}
