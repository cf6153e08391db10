package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/diagram"
	"github.com/decomhq/decom/render/graphout"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// graphTypes are the block types --type accepts.
var graphTypes = []string{inventory.TypeNetwork, inventory.TypeLink, inventory.TypeDevice, inventory.TypeApplication, inventory.TypeEndpoints}

// graphViews are the views --view accepts, the default first.
var graphViews = []diagram.View{diagram.ViewEstate, diagram.ViewPlan}

// graphOptions are the parsed arguments of `decom graph`.
type graphOptions struct {
	Paths   []string // directories or files to load; empty means "."
	Format  string   // a name from graphout.Formats
	View    string   // one of graphViews
	Focus   string   // an address, or "" for the whole estate
	Depth   int      // hops from Focus
	Types   []string // block types to keep, from graphTypes; empty keeps all
	Network string   // a network's address, or ""
	Tenant  string   // a tenant's address, or ""
	// MaxNodes is the legibility budget and collapse threshold;
	// graphout.DefaultMaxNodes when --max-nodes is not given.
	MaxNodes  int
	Overrides planner.Options // the what-if overrides of the plan block
}

// bind registers the command's flags on fs.
func (o *graphOptions) bind(fs *pflag.FlagSet) {
	fs.StringVarP(&o.Format, "format", "o", graphout.Formats.Default(), graphout.Formats.Usage()+" (nodes and edges for other tools; never collapsed unless --max-nodes is given)")
	fs.StringVar(&o.View, "view", string(diagram.ViewEstate), "`VIEW` to draw: estate, plan")
	fs.StringVar(&o.Focus, "focus", "", "draw only the neighbourhood of this `ADDRESS`")
	fs.IntVar(&o.Depth, "depth", 1, "hops from --focus to include")
	fs.StringSliceVar(&o.Types, "type", nil, "draw only these block `TYPES`: "+strings.Join(graphTypes, ", ")+" (comma-separated)")
	fs.StringVar(&o.Network, "network", "", "draw only assets on this network `ADDRESS`")
	fs.StringVar(&o.Tenant, "tenant", "", "draw only what this tenant `ADDRESS` uses")
	fs.IntVar(&o.MaxNodes, "max-nodes", 0, "draw at most `N` assets one by one, grouping and collapsing above it; 0 draws every asset (default: what fits A3, at most 100)")
	planOverrideFlags(fs, &o.Overrides)
}

// newGraphCmd builds `decom graph` with run as its action.
func newGraphCmd(s streams, run func(streams, *graphOptions) error) *cobra.Command {
	o := &graphOptions{}
	cmd := &cobra.Command{
		Use:   "graph [DIR|FILE...]",
		Short: "Draw the estate or the plan as a Graphviz DOT or Mermaid diagram",
		Long: `graph loads the inventory and draws it. The estate view puts each network in a
box with a box per site inside it, devices, applications and endpoint groups
shaped by type, filled by criticality and outlined by disposition, and one
line style per relation (depends on, hosted on, uplinked to, linked
networks, replaced by); applications on the same hosts share a box named
after them. The plan view puts each asset in a column per wave, with its
date, in rows like a calendar; late actions have a double red border,
blocked ones a red fill, move groups a dashed box.

Every view is made to fit one A3 page with labels of 6 pt or more: above
about 100 assets (--max-nodes), similar assets are grouped into one node
with counts, then collapsed to one node per site of a network (estate) or
per wave (plan), then per network; the title says so. DOT also collapses
above 500 assets and Mermaid above 200, and Mermaid output stays within
Mermaid's default limits of 50,000 characters and 500 edges. See
docs/graph.md.`,
		Example: `  decom graph examples/kcom | dot -Tsvg > estate.svg
  decom graph --view plan examples/kcom | dot -Tsvg > plan.svg
  decom graph -o mermaid --focus device.kcom_core_dc1_a --depth 2 examples/kcom
  decom graph --type application --tenant tenant.holderness examples/kcom`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			if !cmd.Flags().Changed("max-nodes") {
				o.MaxNodes = graphout.DefaultMaxNodes
			}
			return run(s, o)
		},
	}
	o.bind(cmd.Flags())
	return cmd
}

// check rejects flag values that name no view or type, or a negative
// depth, with a usage error.
func (o *graphOptions) check() error {
	if !slices.Contains(graphViews, diagram.View(o.View)) {
		return fmt.Errorf("unknown view %q for --view; valid views: estate, plan", o.View)
	}
	for _, t := range o.Types {
		if !slices.Contains(graphTypes, t) {
			return fmt.Errorf("unknown type %q for --type; valid types: %s", t, strings.Join(graphTypes, ", "))
		}
	}
	if o.Depth < 0 {
		return fmt.Errorf("invalid --depth %d: want 0 or more", o.Depth)
	}
	return nil
}

// runGraph loads the inventory, plans it for the plan view, and draws it
// in the chosen format.
func runGraph(s streams, o *graphOptions) error {
	write, err := graphout.Formats.Lookup(o.Format)
	if err != nil {
		return err
	}
	if err := o.check(); err != nil {
		return err
	}
	m, err := loadForPlan(s, o.Paths)
	if err != nil {
		return err
	}
	view := diagram.View(o.View)
	var p *planner.Plan
	if view == diagram.ViewPlan {
		if p, err = planModel(m, o.Overrides); err != nil {
			return err
		}
	}
	in := graphout.Input{
		Model: m, Plan: p, MaxNodes: o.MaxNodes,
		Options: diagram.Options{View: view, Focus: o.Focus, Depth: o.Depth, Types: o.Types, Network: o.Network, Tenant: o.Tenant},
		Warn: func(msg string) {
			fmt.Fprintf(s.Err, "decom: warning: %s; use --focus, --network, --tenant or --type\n", msg)
		},
	}
	if err := write(s.Out, in); err != nil {
		var ue *diagram.UnknownAddressError
		if errors.As(err, &ue) && ue.Type != "" {
			return &exitError{code: exitUsage, err: ue}
		}
		if errors.As(err, &ue) {
			return unknownAddress(m, "--"+ue.Flag+" "+ue.Address, ue.Address)
		}
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the diagram: %w", err)}
	}
	return nil
}

// unknownAddress is the usage error (exit 2) for an address that names no
// asset, with "did you mean" when a near miss exists.
func unknownAddress(m *inventory.Model, what, addr string) error {
	msg := fmt.Sprintf("%s: no asset with this address in the inventory", what)
	if s := m.Suggest(addr); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return &exitError{code: exitUsage, err: errors.New(msg)}
}
