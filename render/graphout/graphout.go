// Package graphout draws an estate or its plan in the formats `decom
// graph` offers: dot (Graphviz), mermaid and json (nodes and edges for
// other tools). Every format builds the one intermediate diagram.Graph
// with the filters asked for and its own collapse defaults, registered
// with it in Formats, then hands the graph to its renderer.
package graphout

import (
	"bytes"
	"io"

	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
	"github.com/decomhq/decom/render/diagram"
	"github.com/decomhq/decom/render/dot"
	"github.com/decomhq/decom/render/formats"
	"github.com/decomhq/decom/render/graphjson"
	"github.com/decomhq/decom/render/mermaid"
)

// Input is what every format draws.
type Input struct {
	Model *inventory.Model
	// Plan is the plan the plan view draws; nil draws an empty plan. The
	// estate view ignores it.
	Plan *planner.Plan
	// Options are the view and filters to draw. Their collapse thresholds
	// (MaxNodes, MaxEdges, ForceCollapse) are set by the format.
	Options diagram.Options
	// MaxNodes is the collapse threshold asked for (--max-nodes): collapse
	// above this many asset nodes, 0 never. DefaultMaxNodes (any negative
	// value) takes the format's default.
	MaxNodes int
	// Warn, when not nil, is told in one sentence when the drawing is
	// still over what the format's readers accept at the highest collapse
	// level (Mermaid's default limits).
	Warn func(msg string)
}

// DefaultMaxNodes asks for the format's own collapse threshold.
const DefaultMaxNodes = -1

// Formats are the diagram formats, for --format, the default (dot)
// first, each with its collapse defaults: DOT and Mermaid group similar
// assets, then collapse, above diagram.LegibleNodes asset nodes so that
// each view fits an A3 page; DOT collapses above 500 asset nodes or 1,500
// edges so Graphviz lays it out in seconds; Mermaid above 200 nodes or 470
// edges, and further while its text is over Mermaid's limits; JSON never,
// unless a threshold is asked for (--max-nodes N draws up to N assets one
// by one, whatever the page, and collapses above that).
var Formats = formats.List[Input]{
	{Name: "dot", Write: drawer{render: dot.Write, nodes: dot.CollapseNodes, edges: dot.CollapseEdges, detail: diagram.LegibleNodes}.draw},
	{Name: "mermaid", Write: drawer{render: mermaid.Write, nodes: mermaid.CollapseNodes, edges: mermaid.CollapseEdges,
		detail: diagram.LegibleNodes, edgesAlways: true, over: mermaid.OverLimits}.draw},
	{Name: "json", Write: drawer{render: graphjson.Write}.draw},
}

// drawer is one format: its renderer and its collapse defaults.
type drawer struct {
	render func(io.Writer, *diagram.Graph) error
	// nodes and edges are the default collapse thresholds; 0 is none.
	nodes, edges int
	// detail is the default legibility budget (diagram.Options.MaxDetail);
	// 0 is none.
	detail int
	// edgesAlways keeps the edge threshold when a node threshold is asked
	// for, because the format's readers cannot take more edges.
	edgesAlways bool
	// over, when set, says how a rendering is over what the format's
	// readers accept, or "" when it is not; the drawer then collapses
	// further (diagram.Options.ForceCollapse up to 2).
	over func(out []byte, g *diagram.Graph) string
}

// draw builds the diagram of in with the format's thresholds, renders it,
// collapsing further while it is over the format's limits, and writes it
// to w. An unknown address in the filters gives the
// *diagram.UnknownAddressError of diagram.Build and writes nothing.
func (d drawer) draw(w io.Writer, in Input) error {
	opt := in.Options
	opt.MaxNodes, opt.MaxEdges, opt.MaxDetail, opt.FitPage = d.nodes, d.edges, d.detail, d.detail > 0
	if in.MaxNodes >= 0 {
		opt.MaxNodes, opt.MaxDetail, opt.FitPage = in.MaxNodes, in.MaxNodes, false
		if !d.edgesAlways {
			opt.MaxEdges = 0
		}
	}
	var out bytes.Buffer
	for force := 0; ; force++ {
		opt.ForceCollapse = force
		g, err := diagram.Build(in.Model, in.Plan, opt)
		if err != nil {
			return err
		}
		out.Reset()
		if err := d.render(&out, g); err != nil {
			return err
		}
		if d.over == nil {
			break
		}
		msg := d.over(out.Bytes(), g)
		if msg == "" {
			break
		}
		if force == 2 {
			if in.Warn != nil {
				in.Warn(msg)
			}
			break
		}
	}
	_, err := w.Write(out.Bytes())
	return err
}
