package main

import (
	"fmt"

	"github.com/decomhq/decom/compare"
	"github.com/decomhq/decom/planner"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// diffOptions are the parsed arguments of `decom diff`.
type diffOptions struct {
	Old, New string // the two inventory folders (or files)
	Format   string // a name from compare.Formats
	// FromScratch plans NEW on its own instead of against OLD's plan.
	FromScratch bool
}

// bind registers the command's flags on fs.
func (o *diffOptions) bind(fs *pflag.FlagSet) {
	formatFlag(fs, &o.Format, compare.Formats)
	fs.BoolVar(&o.FromScratch, "from-scratch", false, "plan NEW on its own, not against OLD's plan: compare two independent plans")
}

// newDiffCmd builds `decom diff` with run as its action.
func newDiffCmd(s streams, run func(streams, *diffOptions) error) *cobra.Command {
	o := &diffOptions{}
	cmd := &cobra.Command{
		Use:   "diff OLD_DIR NEW_DIR",
		Short: "Show what changed between two versions of an estate and how the plan moved",
		Long: `diff loads and plans two versions of an inventory (for example the main branch
checked out in one folder and a pull request in another) and reports the
assets added, removed and changed, attribute by attribute, then how the plan
moved: actions that changed wave or kind, breaches and blockers that appeared
or went away, and the wave counts. Moving a block to another file or line is
not a change.

NEW is planned with OLD's plan as its baseline (as decom plan --baseline
does), so the moves shown are those the change really forces, each with its
reason, beside how many a plan from scratch would have moved; NEW's
plan.committed_until commits OLD's waves through that date. --from-scratch
compares two independent plans instead. The Markdown format is meant for a pull-request comment; in
CI, check the base branch out beside the pull request (git worktree add)
and compare the two folders.`,
		Example: `  cp -r examples/kcom kcom-next
  decom diff examples/kcom kcom-next
  decom diff -o markdown examples/kcom kcom-next > plan-diff.md
  decom diff --from-scratch examples/kcom kcom-next`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Old, o.New = args[0], args[1]
			return run(s, o)
		},
	}
	o.bind(cmd.Flags())
	return cmd
}

// runDiff loads and plans both inventories and writes what changed.
func runDiff(s streams, o *diffOptions) error {
	write, err := compare.Formats.Lookup(o.Format)
	if err != nil {
		return err
	}
	oldM, oldP, err := loadAndPlan(s, []string{o.Old}, planner.Options{})
	if err != nil {
		return err
	}
	var opts planner.Options
	if !o.FromScratch {
		opts.Baseline = planner.BaselineOf(oldP, o.Old)
	}
	newM, newP, err := loadAndPlan(s, []string{o.New}, opts)
	if err != nil {
		return err
	}
	r := compare.NewReport(compare.Assets(oldM, newM), compare.Plans(oldP, newP))
	if err := write(s.Out, r); err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the diff: %w", err)}
	}
	return nil
}
