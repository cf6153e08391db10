package diagram

import (
	"fmt"
	"sort"
	"strings"
)

// graph assembles the diagram of the kept nodes, collapsing it when it is
// over the thresholds.
func (b *builder) graph(keep map[string]bool) *Graph {
	g := &Graph{Title: b.title(), Direction: "LR", Layered: b.o.View == ViewPlan}
	for _, n := range b.nodes {
		if keep[n.ID] {
			g.Nodes = append(g.Nodes, n)
		}
	}
	seen := map[Edge]bool{}
	for _, e := range b.edges {
		if keep[e.From] && keep[e.To] && !seen[e] {
			seen[e] = true
			g.Edges = append(g.Edges, e)
		}
	}
	g.Notes = b.filterNotes()
	level := b.o.ForceCollapse
	if level == 0 && b.over(len(g.Nodes), len(g.Edges)) {
		level = 1
	}
	if level > 0 {
		nodes, edges := len(g.Nodes), len(g.Edges)
		b.collapse(g, level)
		if level == 1 && b.o.View == ViewEstate && b.over(len(g.Nodes), len(g.Edges)) {
			b.collapse(g, 2)
		}
		what := "network (in its site)"
		if b.o.View == ViewPlan {
			what = "wave"
		}
		if g.Collapsed == 2 {
			what = "site"
		}
		g.Notes = append(g.Notes, fmt.Sprintf("Collapsed: %d assets and %d edges are over the limit of %s; one node per %s. Use --focus, --network, --tenant or --type to see assets.",
			nodes, edges, b.limits(), what))
		b.truncate(g)
	}
	b.addClusters(g)
	b.legend(g)
	if b.o.View == ViewPlan {
		b.orderWaves(g)
	}
	sortGraph(g)
	return g
}

func (b *builder) over(nodes, edges int) bool {
	return (b.o.MaxNodes > 0 && nodes > b.o.MaxNodes) || (b.o.MaxEdges > 0 && edges > b.o.MaxEdges)
}

func (b *builder) limits() string {
	var parts []string
	if b.o.MaxNodes > 0 {
		parts = append(parts, fmt.Sprintf("%d nodes", b.o.MaxNodes))
	}
	if b.o.MaxEdges > 0 {
		parts = append(parts, fmt.Sprintf("%d edges", b.o.MaxEdges))
	}
	if len(parts) == 0 {
		return "the renderer"
	}
	return strings.Join(parts, " / ")
}

// truncate drops nodes past MaxNodes (and edges past MaxEdges), in sorted
// order, as a last resort when even the collapsed diagram is too big.
func (b *builder) truncate(g *Graph) {
	if b.o.MaxNodes > 0 && len(g.Nodes) > b.o.MaxNodes {
		sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
		g.Truncated = len(g.Nodes) - b.o.MaxNodes
		g.Nodes = g.Nodes[:b.o.MaxNodes]
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
		g.Notes = append(g.Notes, fmt.Sprintf("%d groups not shown.", g.Truncated))
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
			t += fmt.Sprintf(" · %d waves · %d breaches · %d blockers", len(b.p.Waves), len(b.p.Breaches), len(b.p.Blockers))
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

// orderWaves adds invisible Order edges that lay waves out left to right:
// from the first node of each wave (or collapsed wave) to the first node of
// the next, and weak ones from it to every other node of the next; Blocked
// and No action come after the last wave.
func (b *builder) orderWaves(g *Graph) {
	col := map[string][]string{}
	for _, n := range g.Nodes {
		key := n.Cluster
		if p := b.clus[key].Parent; p != "" {
			key = p
		}
		if n.Address == "" && strings.HasPrefix(n.ID, "group:wave:") {
			key = strings.TrimPrefix(n.ID, "group:")
		}
		if strings.HasPrefix(key, "wave:") {
			col[key] = append(col[key], n.ID) // g.Nodes is sorted by ID
		}
	}
	keys := make([]string, 0, len(col))
	for k := range col {
		keys = append(keys, k)
	}
	sort.Strings(keys) // wave:00001 < ... < wave:blocked < wave:none
	for i := 1; i < len(keys); i++ {
		anchor := col[keys[i-1]][0]
		for j, id := range col[keys[i]] {
			g.Edges = append(g.Edges, Edge{From: anchor, To: id, Kind: Order, Weak: j > 0})
		}
	}
}
