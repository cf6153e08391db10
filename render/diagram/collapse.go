package diagram

import (
	"fmt"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// collapse replaces g's nodes by one node per group and its edges by one
// edge per pair of groups and kind, labelled with how many it stands for.
// Level 1 groups by site of a network (estate view, kept inside the
// network's box) or by wave (plan view); level 2 groups the estate by
// network. Groups of similar assets (groupSimilar) go into their site's or
// wave's group with the assets they stand for.
func (b *builder) collapse(g *Graph, level int) {
	g.Collapsed = level
	// Groups are numbered in order of first appearance; an asset's group
	// key is worked out once per cluster, not rebuilt per node.
	groupOf := make(map[string]int32, len(g.Nodes)) // node ID -> group
	byKey := map[string]int32{}
	byCluster := map[string]int32{}
	var order []string
	var members [][]string
	for _, n := range g.Nodes {
		gi, ok := int32(0), false
		if n.Address != "" {
			gi, ok = byCluster[n.Cluster]
		}
		if !ok {
			key := b.groupKey(n, level)
			if gi, ok = byKey[key]; !ok {
				gi = int32(len(order))
				byKey[key] = gi
				order = append(order, key)
				members = append(members, nil)
			}
			if n.Address != "" {
				byCluster[n.Cluster] = gi
			}
		}
		groupOf[n.ID] = gi
		members[gi] = append(members[gi], n.ID)
	}
	var nodes []Node // nil when empty, as before
	if len(order) > 0 {
		nodes = make([]Node, 0, len(order))
	}
	for gi, key := range order {
		all := b.members(members[gi])
		nodes = append(nodes, b.groupNode(key, all, level))
		b.similar[key] = all
	}
	// An edge to or from something that is not a node is keyed -1 ("").
	edges := mergeEdges(g.Edges, func(id string) int32 {
		if gi, ok := groupOf[id]; ok {
			return gi
		}
		return -1
	}, func(gi int32) string {
		if gi < 0 {
			return ""
		}
		return order[gi]
	})
	g.Nodes, g.Edges = nodes, edges
	g.Grouped = 0
}

// countLabel is the label of an edge that stands for n relations: the
// number when there are several, nothing for one.
func countLabel(n int) string {
	if n < 2 {
		return ""
	}
	return fmt.Sprintf("%d", n)
}

// groupKey is the ID of the group node a node collapses into: its
// wave's (plan view), its site's (level 1) or its network's (level 2).
func (b *builder) groupKey(n Node, level int) string {
	c := n.Cluster
	if n.Address == "" && strings.HasPrefix(n.ID, "group:") { // already collapsed
		if level < 2 || !strings.HasPrefix(n.ID, "group:net:") {
			return n.ID
		}
		c = strings.TrimPrefix(n.ID, "group:")
	}
	if b.o.View == ViewPlan {
		if p := b.clus[c].Parent; p != "" { // move group: its wave
			c = p
		}
		return "group:" + c
	}
	if c == "" {
		return "group:unplaced"
	}
	if i := strings.Index(c, "/on:"); i >= 0 { // a hosting box: its site
		c = c[:i]
	}
	if level >= 2 {
		if i := strings.Index(c, "/"); i >= 0 {
			c = c[:i]
		}
	}
	return "group:" + c
}

// groupNode draws one collapsed group with the counts of what it holds:
// ids, the assets in it (groups of similar assets among them expanded,
// members).
func (b *builder) groupNode(key string, ids []string, level int) Node {
	cid := strings.TrimPrefix(key, "group:")
	c, ok := b.clus[cid]
	title := c.Label
	if !ok {
		title = "not on a known network"
	}
	n := Node{ID: key, Style: Style{Shape: ShapeStack, Fill: fillSummary, Stroke: "#333333", Bold: true}}
	if b.o.View == ViewPlan {
		n.Label = strings.Join(append(pack(strings.Split(title, " · ")), pack(b.planCounts(ids))...), "\n")
		n.Style.Fill = c.Style.Fill
		if cid == clusterBlocked {
			n.Style.Stroke = strokeBreach
		}
		return n
	}
	n.Label = strings.Join(append(wrapWords(title), pack(b.estateCounts(ids))...), "\n")
	if level == 1 {
		n.Cluster = c.Parent // keep the network's box around its sites
	}
	n.Style.Fill = c.Style.Fill
	if ok && c.Style.Stroke == strokeGone {
		n.Style.Stroke, n.Style.Dashed = strokeGone, true
	}
	return n
}

// estateCounts counts what the assets ids of a group of the estate are,
// by type.
func (b *builder) estateCounts(ids []string) []string {
	var nets, devs, apps, eps, seats int
	for _, id := range ids {
		switch b.types[id] {
		case inventory.TypeNetwork:
			nets++
		case inventory.TypeDevice:
			devs++
		case inventory.TypeApplication:
			apps++
		case inventory.TypeEndpoints:
			eps++
			if e, ok := b.m.Lookup(id).(*inventory.Endpoints); ok {
				seats += e.Count
			}
		}
	}
	var parts []string
	if nets > 1 {
		parts = append(parts, english.Plural(nets, "network", "networks"))
	}
	if devs > 0 {
		parts = append(parts, english.Plural(devs, "device", "devices"))
	}
	if apps > 0 {
		parts = append(parts, english.Plural(apps, "application", "applications"))
	}
	if eps > 0 {
		parts = append(parts, english.Plural(eps, "endpoint group", "endpoint groups"), english.Plural(seats, "endpoint", "endpoints"))
	}
	return parts
}

// planCounts counts the actions of the assets ids of a group of the
// plan, by kind.
func (b *builder) planCounts(ids []string) []string {
	kinds := map[planner.ActionKind]int{}
	late, blocked, none := 0, 0, 0
	for _, id := range ids {
		if b.plan.Blocker(id) != nil {
			blocked++
			continue
		}
		a, _ := b.plan.Action(id)
		if a == nil {
			none++
			continue
		}
		kinds[a.Action]++
		if b.plan.Breach(id) != nil {
			late++
		}
	}
	var parts []string
	for _, k := range []planner.ActionKind{planner.Migrate, planner.Retire, planner.Decommission} {
		if kinds[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", kinds[k], k))
		}
	}
	if late > 0 {
		parts = append(parts, fmt.Sprintf("%d late", late))
	}
	if blocked > 0 {
		parts = append(parts, fmt.Sprintf("%d blocked", blocked))
	}
	if none > 0 {
		parts = append(parts, english.Plural(none, "asset", "assets"))
	}
	return parts
}

// members replaces each group of similar assets among ids by the assets it
// stands for.
func (b *builder) members(ids []string) []string {
	var out []string
	for _, id := range ids {
		if m, ok := b.similar[id]; ok {
			out = append(out, m...)
		} else {
			out = append(out, id)
		}
	}
	return out
}
