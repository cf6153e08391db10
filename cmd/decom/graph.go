package main

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/diagram"
	"github.com/decomhq/decom/render/dot"
	"github.com/decomhq/decom/render/graphjson"
	"github.com/decomhq/decom/render/mermaid"
	"github.com/spf13/cobra"
)

func init() { register(newGraphCmd) }

// graphTypes are the block types --type accepts.
var graphTypes = []string{inventory.TypeNetwork, inventory.TypeLink, inventory.TypeDevice, inventory.TypeApplication, inventory.TypeEndpoints}

// graphOptions are the parsed flags of `decom graph`.
type graphOptions struct {
	paths    []string
	format   string
	view     string
	focus    string
	depth    int
	types    []string
	network  string
	tenant   string
	maxNodes int
	over     planner.Options
}

func newGraphCmd(s streams) *cobra.Command {
	o := &graphOptions{}
	cmd := &cobra.Command{
		Use:   "graph [DIR|FILE...]",
		Short: "Draw the estate or the plan as a Graphviz DOT or Mermaid diagram",
		Long: `graph loads the inventory and draws it. The estate view puts sites and networks
in boxes, with devices, applications and endpoint groups shaped by type,
filled by criticality and outlined by disposition, and one line style per
relation (depends-on, hosted-on, uplink, link, replaced-by). The plan view
puts each asset in a column per wave, with its date; late actions have a
double red border, blocked ones a red fill, move groups a dashed box.

A diagram with more assets than the collapse threshold (--max-nodes; by
default 500 for DOT, 200 for Mermaid) is collapsed to one node per network
(estate) or wave (plan), with counts, and says so in its title. Mermaid
output stays within Mermaid's default limits of 50,000 characters and 500
edges. See docs/graph.md.`,
		Example: `  decom graph examples/kcom | dot -Tsvg > estate.svg
  decom graph --view plan examples/kcom | dot -Tsvg > plan.svg
  decom graph -o mermaid --focus device.core_sw --depth 2 .
  decom graph --type application --tenant tenant.north .`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			if !cmd.Flags().Changed("max-nodes") {
				o.maxNodes = -1
			}
			return runGraph(s, o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.format, "format", "o", "dot", "output `FORMAT`: dot, mermaid, json (nodes and edges for other tools; never collapsed unless --max-nodes is given)")
	f.StringVar(&o.view, "view", "estate", "`VIEW` to draw: estate, plan")
	f.StringVar(&o.focus, "focus", "", "draw only the neighbourhood of this `ADDRESS`")
	f.IntVar(&o.depth, "depth", 1, "hops from --focus to include")
	f.StringSliceVar(&o.types, "type", nil, "draw only these block `TYPES`: "+strings.Join(graphTypes, ", ")+" (comma-separated)")
	f.StringVar(&o.network, "network", "", "draw only assets on this network `ADDRESS`")
	f.StringVar(&o.tenant, "tenant", "", "draw only what this tenant `ADDRESS` uses")
	f.IntVar(&o.maxNodes, "max-nodes", 0, "collapse threshold: collapse above `N` asset nodes, 0 never (default 500 for dot, 200 for mermaid)")
	planOverrideFlags(f, &o.over)
	return cmd
}

func runGraph(s streams, o *graphOptions) error {
	if o.format != "dot" && o.format != "mermaid" && o.format != "json" {
		return fmt.Errorf("unknown format %q for --format; valid formats: dot, mermaid, json", o.format)
	}
	view := diagram.View(o.view)
	if view != diagram.ViewEstate && view != diagram.ViewPlan {
		return fmt.Errorf("unknown view %q for --view; valid views: estate, plan", o.view)
	}
	for _, t := range o.types {
		if !slices.Contains(graphTypes, t) {
			return fmt.Errorf("unknown type %q for --type; valid types: %s", t, strings.Join(graphTypes, ", "))
		}
	}
	if o.depth < 0 {
		return fmt.Errorf("invalid --depth %d: want 0 or more", o.depth)
	}
	m, err := loadModelForPlan(s, o.paths)
	if err != nil {
		return err
	}
	var p *planner.Plan
	if view == diagram.ViewPlan {
		if p, err = planModel(m, o.over); err != nil {
			return err
		}
	}
	opt := diagram.Options{View: view, Focus: o.focus, Depth: o.depth, Types: o.types, Network: o.network, Tenant: o.tenant}
	var out []byte
	switch o.format {
	case "json":
		opt.MaxNodes = max(o.maxNodes, 0)
		g, err := diagram.Build(m, p, opt)
		if err != nil {
			return graphError(m, err)
		}
		var b bytes.Buffer
		if err := graphjson.Render(&b, g); err != nil {
			return err
		}
		out = b.Bytes()
	case "dot":
		opt.MaxNodes, opt.MaxEdges = dot.CollapseNodes, dot.CollapseEdges
		if o.maxNodes >= 0 {
			opt.MaxNodes, opt.MaxEdges = o.maxNodes, 0
		}
		g, err := diagram.Build(m, p, opt)
		if err != nil {
			return graphError(m, err)
		}
		out = dot.Render(g)
	default:
		opt.MaxNodes, opt.MaxEdges = mermaid.CollapseNodes, mermaid.CollapseEdges
		if o.maxNodes >= 0 {
			opt.MaxNodes = o.maxNodes
		}
		var g *diagram.Graph
		out, g, err = mermaid.Fit(func(force int) (*diagram.Graph, error) {
			opt.ForceCollapse = force
			return diagram.Build(m, p, opt)
		})
		if err != nil {
			return graphError(m, err)
		}
		if len(out) > mermaid.MaxChars || mermaid.EdgeCount(g) > mermaid.MaxEdges {
			fmt.Fprintf(s.Err, "decom: warning: the diagram has %d characters and %d edges, over Mermaid's default limits (%d, %d); use --focus, --network, --tenant or --type\n",
				len(out), mermaid.EdgeCount(g), mermaid.MaxChars, mermaid.MaxEdges)
		}
	}
	if _, err := s.Out.Write(out); err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("writing the diagram: %w", err)}
	}
	return nil
}

// graphError turns an unknown --focus, --network or --tenant into a usage
// error with a suggestion.
func graphError(m *inventory.Model, err error) error {
	var ue *diagram.UnknownAddressError
	if errors.As(err, &ue) {
		return unknownAddress(m, "--"+ue.Flag+" "+ue.Address, ue.Address)
	}
	return err
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
