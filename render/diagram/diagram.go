// Package diagram turns an estate (and optionally its plan) into a
// renderer-neutral graph of clusters, nodes and edges with visual styles,
// filtered, focused and collapsed as asked. The DOT and Mermaid renderers
// (render/dot, render/mermaid) only translate a Graph into their syntax, so
// both show the same picture. Every slice of a Graph is sorted: the same
// inputs give the same Graph.
package diagram

import "sort"

// View selects what a diagram shows.
type View string

// Views.
const (
	// ViewEstate groups assets by site and network.
	ViewEstate View = "estate"
	// ViewPlan groups assets by the wave of their action.
	ViewPlan View = "plan"
)

// Graph is a diagram ready to render.
type Graph struct {
	// Title is the diagram's heading; Notes are extra lines under it (the
	// filters applied, and a collapse notice when the graph was collapsed).
	Title string
	Notes []string
	// Clusters are sorted so that a parent comes before its children, and
	// siblings by ID.
	Clusters []Cluster
	// Nodes are sorted by ID.
	Nodes []Node
	// Edges are sorted by From, To, Kind.
	Edges []Edge
	// Collapsed is 0 for a full diagram, 1 when assets were collapsed into
	// one node per site of a network (estate) or per wave (plan), 2 when
	// the estate was further collapsed into one node per network.
	Collapsed int
	// Grouped is how many assets are drawn inside group nodes that stand
	// for several similar assets (the same kind at one site, or the same
	// action in one wave), so that the diagram stays legible; 0 when none.
	Grouped int
	// Legend lists what the diagram uses, and only that, in legend order.
	Legend []LegendItem
	// Columns, in the plan view, lists the node IDs of each wave column
	// (then Blocked, then No action) from top to bottom; renderers that
	// can keep each column in one rank, in this order, with the first
	// nodes of the columns level.
	Columns [][]string
	// Direction is the layout direction, "LR" (left to right).
	Direction string
	// Layered says that only Columns decide the layout (the plan view:
	// one column per wave); renderers that can should not let the edges
	// move nodes between columns.
	Layered bool
	// Truncated counts the nodes left out because even the collapsed
	// diagram was over the limits.
	Truncated int
}

// Cluster is a box drawn around nodes: a network, a site, the
// applications sharing their hosts, a wave or a move group.
type Cluster struct {
	ID     string
	Label  string
	Parent string // ID of the enclosing cluster; empty at top level
	Style  Style
}

// Node is one box: an asset or a group of assets.
type Node struct {
	ID      string
	Label   string // lines separated by "\n"
	Cluster string // ID of the enclosing cluster; empty at top level
	Style   Style
	// Address is the asset the node stands for; empty for groups.
	Address string
}

// LegendItem is one line of the legend: a node Style with what it means,
// or, when Edge is set, a line style.
type LegendItem struct {
	Label string
	Style Style
	Edge  EdgeKind
}

// Edge joins two nodes by ID. Label is empty, or says how many relations
// a merged edge stands for.
type Edge struct {
	From  string
	To    string
	Kind  EdgeKind
	Label string
}

// EdgeKind says what an edge means; each kind has its own line style.
type EdgeKind string

// Edge kinds.
const (
	// DependsOn runs from an application to one it depends on.
	DependsOn EdgeKind = "depends-on"
	// HostedOn runs from an application to a device it is hosted on.
	HostedOn EdgeKind = "hosted-on"
	// Uplink runs from a device or endpoint group to the switch it is
	// patched into.
	Uplink EdgeKind = "uplink"
	// Link joins two networks (estate view) or a link to its networks
	// (plan view).
	Link EdgeKind = "link"
	// Replacement runs from a repurchased application to its replacement.
	Replacement EdgeKind = "replaced-by"
	// After runs, in the plan view, from the action an action waits for
	// (its binding constraint, planner.Reason.Predecessor) to the action.
	After EdgeKind = "waits-for"
	// Soak is After when the wait includes soak_waves.
	Soak EdgeKind = "waits-for+soak"
	// Blocks runs, in the plan view, from a cause to the blocked action it
	// blocks, along each blocker's chain.
	Blocks EdgeKind = "blocks"
)

// EdgeKinds lists every edge kind in legend order.
var EdgeKinds = []EdgeKind{DependsOn, HostedOn, Uplink, Link, Replacement, After, Soak, Blocks}

// sortGraph puts every slice of g in its documented order.
func sortGraph(g *Graph) {
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.Slice(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Kind < b.Kind
	})
	g.Clusters = sortClusters(g.Clusters)
}

// sortClusters orders clusters depth first: each parent before its
// children, siblings by ID.
func sortClusters(cs []Cluster) []Cluster {
	kids := make(map[string][]Cluster, len(cs))
	for _, c := range cs {
		kids[c.Parent] = append(kids[c.Parent], c)
	}
	out := make([]Cluster, 0, len(cs))
	var walk func(parent string)
	walk = func(parent string) {
		k := kids[parent]
		sort.Slice(k, func(i, j int) bool { return k[i].ID < k[j].ID })
		for _, c := range k {
			out = append(out, c)
			walk(c.ID)
		}
	}
	walk("")
	return out
}
