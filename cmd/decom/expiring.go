package main

import (
	"errors"
	"fmt"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/planner/explain"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// defaultWithin is the window of `decom expiring` when neither --within
// nor --before is given: the six-month question.
var defaultWithin = explain.Span{N: 6, Unit: 'm'}

// expiringOptions are the parsed arguments of `decom expiring`.
type expiringOptions struct {
	Paths  []string     // directories or files to load; empty means "."
	Format string       // a name from explain.ExpiringFormats
	Within explain.Span // the window from as_of, unless Before is set
	// Before, when set (--before), ends the window the day before it.
	Before    *inventory.Date
	FailIfAny bool            // exit 1 when an end in the window is not handled in time
	Overrides planner.Options // the what-if overrides of the plan block
}

// bind registers the command's flags on fs.
func (o *expiringOptions) bind(fs *pflag.FlagSet) {
	formatFlag(fs, &o.Format, explain.ExpiringFormats)
	o.Within = defaultWithin
	fs.Var(&spanFlag{&o.Within}, "within", "list what ends within this `LENGTH` of the estate's as_of: days, weeks, months or years, e.g. 90d, 12w, 6m, 1y")
	fs.Var(&dateFlag{&o.Before}, "before", "list what ends before this date, instead of --within")
	fs.BoolVar(&o.FailIfAny, "fail-if-any", false, "exit 1 when anything in the window is not handled in time (late, blocked or not acted on)")
	planOverrideFlags(fs, &o.Overrides)
}

// spanFlag is --within: a length of time such as 6m.
type spanFlag struct{ p *explain.Span }

func (f *spanFlag) Set(s string) error {
	v, err := explain.ParseSpan(s)
	if err != nil {
		return err
	}
	*f.p = v
	return nil
}

func (f *spanFlag) String() string { return f.p.String() }

func (f *spanFlag) Type() string { return "LENGTH" }

// newExpiringCmd builds `decom expiring` with run as its action.
func newExpiringCmd(s streams, run func(streams, *expiringOptions) error) *cobra.Command {
	o := &expiringOptions{}
	cmd := &cobra.Command{
		Use:   "expiring [--within LENGTH | --before DATE] [DIR|FILE...]",
		Short: "List the support, warranty and contract ends coming up, and what the plan does about each",
		Long: `expiring plans the inventory and lists every support, warranty and contract end
in a window, soonest first: each network's, device's and application's
support_ends, each device's warranty_ends, and each contract's ends for every
asset it covers. The window runs from the past (ends already passed at the
estate's as_of are listed too) to --within of as_of (default 6m: six calendar
months) or to the day before --before.

For each end it names what runs on the asset (hosted applications, what is
uplinked to a device, everything on a network, an application's dependents)
and what the plan does about it by that date: its action's wave and date,
late by how many days, blocked and why, already done, or no action.

Formats (--format, -o): text (default), json ({"items": [{"address", "date",
"source", ...}]}, where source is the attribute that ends, support_ends or
warranty_ends, or the contract whose end takes the asset's cover away) and
csv. See docs/expiring.md.

--fail-if-any exits 1 when anything in the window is not handled in time,
for a scheduled CI job.`,
		Example: `  decom expiring examples/kcom
  decom expiring --within 1y -o csv examples/kcom > expiring.csv
  decom expiring --before 2027-04-01 -o json examples/kcom
  decom expiring --fail-if-any --within 90d examples/kcom || test $? -eq 1`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("within") && cmd.Flags().Changed("before") {
				return errors.New("--within and --before both end the window; give one of them")
			}
			o.Paths = args
			return run(s, o)
		},
	}
	o.bind(cmd.Flags())
	return cmd
}

// runExpiring plans the inventory and lists the ends in the window.
func runExpiring(s streams, o *expiringOptions) error {
	write, err := explain.ExpiringFormats.Lookup(o.Format)
	if err != nil {
		return err
	}
	m, p, err := loadAndPlan(s, o.Paths, o.Overrides)
	if err != nil {
		return err
	}
	asOf := m.Estate.AsOf
	w := explain.WindowWithin(asOf, o.Within)
	if o.Before != nil {
		w = explain.WindowBefore(asOf, *o.Before)
	}
	e := explain.New(m, p).Expiring(w)
	if err := write(s.Out, e); err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the list: %w", err)}
	}
	if o.FailIfAny && e.NotHandled > 0 {
		return &exitError{code: exitFindings, err: fmt.Errorf("%d of %s in the window %s not handled in time (--fail-if-any)",
			e.NotHandled, english.Plural(len(e.Items), "end", "ends"), english.Verb(e.NotHandled, "is", "are"))}
	}
	return nil
}
