package diagram

import (
	"fmt"
	"sort"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
)

// graph assembles the diagram of the kept nodes: grouped and collapsed
// while it is over the legibility budget or the renderer's limits, edges
// reduced, legend and columns added.
func (b *builder) graph(keep map[string]bool) *Graph {
	g := &Graph{Title: b.title(), Direction: "LR", Layered: b.o.View == ViewPlan}
	var assets []inventory.Asset // of g.Nodes, to label them (labelNodes)
	if len(keep) > 0 {
		g.Nodes, assets = make([]Node, 0, len(keep)), make([]inventory.Asset, 0, len(keep))
	}
	for i, n := range b.nodes {
		if keep[n.ID] {
			g.Nodes = append(g.Nodes, n)
			assets = append(assets, b.assets[i])
		}
	}
	seen := make(map[Edge]bool, len(b.edges))
	for _, e := range b.edges {
		if keep[e.From] && keep[e.To] && !seen[e] {
			seen[e] = true
			g.Edges = append(g.Edges, e)
		}
	}
	g.Notes = b.filterNotes()
	nodes, edges := len(g.Nodes), len(g.Edges)
	level := b.o.ForceCollapse
	if level == 0 && b.over(len(g.Nodes), len(g.Edges)) {
		level = 1
	}
	limit := b.limits()
	if level == 0 { // drawn one by one, or grouped: labelled
		b.labelNodes(g.Nodes, assets)
	}
	if level == 0 && b.overDetail(g.Nodes) {
		full, fullEdges := g.Nodes, g.Edges
		b.groupSimilar(g)
		if b.overDetail(g.Nodes) { // collapse what was drawn, not the groups
			level, g.Nodes, g.Edges, g.Grouped = 1, full, fullEdges, 0
			limit = fmt.Sprintf("the budget of %d assets drawn one by one", b.o.MaxDetail)
			if b.o.FitPage {
				limit = fmt.Sprintf("what one A3 page shows legibly (at most %d assets, labels of 6 pt)", b.o.MaxDetail)
			}
		}
	}
	if level > 0 {
		b.collapse(g, level)
		if level == 1 && b.o.View == ViewEstate && (b.over(len(g.Nodes), len(g.Edges)) || b.overDetail(g.Nodes)) {
			b.collapse(g, 2)
		}
		what := "site of a network"
		if b.o.View == ViewPlan {
			what = "wave"
		}
		if g.Collapsed == 2 {
			what = "network"
		}
		g.Notes = append(g.Notes, fmt.Sprintf("Collapsed: %d assets and %d edges, over %s; one box per %s, with counts. Use --focus, --network, --tenant or --type to see assets.",
			nodes, edges, limit, what))
		b.truncate(g)
	} else if g.Grouped > 0 {
		why := fmt.Sprintf("over the budget of %d assets drawn one by one", b.o.MaxDetail)
		if b.o.FitPage {
			why = fmt.Sprintf("to fit one A3 page (at most %d assets)", b.o.MaxDetail)
		}
		g.Notes = append(g.Notes, fmt.Sprintf("Grouped: %d similar assets drawn as %s with counts, %s. Use --focus, --network, --tenant or --type to see them, or --max-nodes 0 to draw every asset.",
			g.Grouped, english.Plural(b.groupNodes(g), "box", "boxes"), why))
	}
	b.reduce(g)
	b.addClusters(g)
	b.legend(g)
	if b.o.View == ViewPlan {
		b.columns(g)
	}
	sortGraph(g)
	return g
}

// overDetail says whether nodes are over the legibility budget: more than
// MaxDetail of them, or more than fit an A3 page with legible labels.
func (b *builder) overDetail(nodes []Node) bool {
	return b.o.MaxDetail > 0 && (len(nodes) > b.o.MaxDetail || (b.o.FitPage && overPage(nodes)))
}

// groupNodes counts the group nodes of g.
func (b *builder) groupNodes(g *Graph) int {
	n := 0
	for _, x := range g.Nodes {
		if x.Address == "" {
			n++
		}
	}
	return n
}

func (b *builder) over(nodes, edges int) bool {
	return (b.o.MaxNodes > 0 && nodes > b.o.MaxNodes) || (b.o.MaxEdges > 0 && edges > b.o.MaxEdges)
}

// limits names the renderer's collapse thresholds.
func (b *builder) limits() string {
	var parts []string
	if b.o.MaxNodes > 0 {
		parts = append(parts, fmt.Sprintf("%d nodes", b.o.MaxNodes))
	}
	if b.o.MaxEdges > 0 {
		parts = append(parts, fmt.Sprintf("%d edges", b.o.MaxEdges))
	}
	if len(parts) == 0 {
		return "the renderer's limit"
	}
	return "the limit of " + strings.Join(parts, " / ")
}

// truncate drops nodes past MaxNodes (past MaxDetail when the drawing must
// fit a page) and edges past MaxEdges, in sorted order, as a last resort
// when even the collapsed diagram is too big.
func (b *builder) truncate(g *Graph) {
	most := b.o.MaxNodes
	if b.o.FitPage && b.o.MaxDetail > 0 && (most == 0 || b.o.MaxDetail < most) {
		most = b.o.MaxDetail // no more groups than a page shows
	}
	if b.o.FitPage {
		sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
		if most == 0 || most > len(g.Nodes) {
			most = len(g.Nodes)
		}
		for most > 1 && overPage(g.Nodes[:most]) {
			most--
		}
	}
	if most > 0 && len(g.Nodes) > most {
		sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
		g.Truncated = len(g.Nodes) - most
		g.Nodes = g.Nodes[:most]
		kept := map[string]bool{}
		for _, n := range g.Nodes {
			kept[n.ID] = true
		}
		var es []Edge
		for _, e := range g.Edges {
			if kept[e.From] && kept[e.To] {
				es = append(es, e)
			}
		}
		g.Edges = es
	}
	if b.o.MaxEdges > 0 && len(g.Edges) > b.o.MaxEdges {
		sortGraph(g)
		g.Notes = append(g.Notes, fmt.Sprintf("%d edges not shown.", len(g.Edges)-b.o.MaxEdges))
		g.Edges = g.Edges[:b.o.MaxEdges]
	}
	if g.Truncated > 0 {
		g.Notes = append(g.Notes, english.Plural(g.Truncated, "group", "groups")+" not shown.")
	}
}

// addClusters copies the clusters that hold kept nodes, and their parents.
func (b *builder) addClusters(g *Graph) {
	used := map[string]bool{}
	for _, n := range g.Nodes {
		for id := n.Cluster; id != "" && !used[id]; id = b.clus[id].Parent {
			used[id] = true
		}
	}
	for id := range used {
		g.Clusters = append(g.Clusters, b.clus[id])
	}
}

func (b *builder) title() string {
	name := ""
	if b.m.Estate != nil {
		name = b.m.Estate.Name
	}
	if b.o.View == ViewPlan {
		t := "Plan"
		if name != "" {
			t += ": " + name
		}
		if b.p != nil {
			t += " · " + english.Plural(len(b.p.Waves), "wave", "waves") + " · " + english.Plural(len(b.p.Breaches), "breach", "breaches") +
				" · " + english.Plural(len(b.p.Blockers), "blocker", "blockers")
		}
		return t
	}
	if name != "" {
		return "Estate: " + name
	}
	return "Estate"
}

func (b *builder) filterNotes() []string {
	var f []string
	if b.o.Focus != "" {
		f = append(f, fmt.Sprintf("focus %s, depth %d", b.o.Focus, b.o.Depth))
	}
	if len(b.o.Types) > 0 {
		f = append(f, "type "+strings.Join(b.o.Types, ", "))
	}
	if b.o.Network != "" {
		f = append(f, "network "+b.o.Network)
	}
	if b.o.Tenant != "" {
		f = append(f, "tenant "+b.o.Tenant)
	}
	if len(f) == 0 {
		return nil
	}
	return []string{"Showing " + strings.Join(f, "; ")}
}

// columns lists, in the plan view, the nodes of each wave (with its move
// groups), then Blocked, then No action, each column sorted by type and
// then label, so that renderers can stack them top to bottom.
func (b *builder) columns(g *Graph) {
	col := map[string][]Node{}
	for _, n := range g.Nodes {
		key := n.Cluster
		if p := b.clus[key].Parent; p != "" {
			key = p
		}
		if n.Address == "" && strings.HasPrefix(n.ID, "group:wave:") {
			key = strings.TrimPrefix(n.ID, "group:")
		}
		if strings.HasPrefix(key, "wave:") {
			col[key] = append(col[key], n)
		}
	}
	keys := make([]string, 0, len(col))
	for k := range col {
		keys = append(keys, k)
	}
	sort.Strings(keys) // wave:00001 < ... < wave:blocked < wave:none
	for _, k := range keys {
		ns := col[k]
		sort.SliceStable(ns, func(i, j int) bool {
			if ns[i].Cluster != ns[j].Cluster { // a move group's members together, after the rest
				return ns[i].Cluster < ns[j].Cluster
			}
			ri, rj := typeRank[b.types[ns[i].ID]], typeRank[b.types[ns[j].ID]]
			if ri != rj {
				return ri < rj
			}
			return ns[i].Label < ns[j].Label
		})
		ids := make([]string, len(ns))
		for i, n := range ns {
			ids[i] = n.ID
		}
		g.Columns = append(g.Columns, ids)
	}
}

// typeRank orders a wave's column: applications first, then endpoint
// groups, devices, links and networks, as the work runs from services to
// the kit under them; groups of assets last.
var typeRank = map[string]int{
	inventory.TypeApplication: 0, inventory.TypeEndpoints: 1, inventory.TypeDevice: 2,
	inventory.TypeLink: 3, inventory.TypeNetwork: 4, "": 5,
}
