package diagram

import (
	"fmt"

	"github.com/decomhq/decom/inventory"
)

// LegendCluster is the ID of the legend's cluster.
const LegendCluster = "~legend"

// legendItem is one sample node of the legend.
type legendItem struct {
	label string
	style Style
}

// legend adds a cluster of sample nodes and edges explaining the shapes,
// colours and line styles that g uses, and only those.
func (b *builder) legend(g *Graph) {
	var items []legendItem
	seen := map[string]bool{}
	add := func(label string, st Style) {
		if !seen[label] {
			seen[label] = true
			items = append(items, legendItem{label, st})
		}
	}
	if g.Collapsed > 0 {
		add("group of assets, with counts", Style{Shape: ShapeStack, Fill: fillSummary, Stroke: "#333333", Bold: true})
	}
	crits := map[inventory.Criticality]bool{}
	for _, n := range g.Nodes {
		if a, ok := b.m.Lookup(n.Address).(*inventory.Application); ok {
			crits[a.Criticality] = true
		}
	}
	for _, n := range g.Nodes {
		if n.Address == "" {
			continue
		}
		switch a := b.m.Lookup(n.Address).(type) {
		case *inventory.Network:
			add("network", Style{Shape: ShapeParallelogram, Fill: fillNetwork, Stroke: strokeStay})
		case *inventory.Link:
			add("link", Style{Shape: ShapeDiamond, Fill: fillNetwork, Stroke: strokeStay})
		case *inventory.Device:
			k := a.Kind
			if k == "" {
				k = inventory.KindOther
			}
			add(string(k), Style{Shape: deviceShape(a.Kind), Fill: fillDevice, Stroke: strokeStay})
		case *inventory.Application:
			if b.o.View != ViewEstate {
				add("application", Style{Shape: ShapeRounded, Fill: fillNone, Stroke: strokeStay})
				continue
			}
			for _, c := range []inventory.Criticality{inventory.CritCritical, inventory.CritHigh, inventory.CritMedium, inventory.CritLow} {
				if crits[c] {
					add("application: "+string(c), Style{Shape: ShapeRounded, Fill: critFill[c], Stroke: strokeStay, Bold: c == inventory.CritCritical})
				}
			}
			if crits[""] {
				add("application", Style{Shape: ShapeRounded, Fill: fillNone, Stroke: strokeStay})
			}
		case *inventory.Endpoints:
			add("endpoint group", Style{Shape: ShapeNote, Fill: fillEndpoints, Stroke: strokeStay})
		}
	}
	if b.o.View == ViewEstate && g.Collapsed == 0 {
		add("goes: decommission, retire", Style{Shape: ShapeBox, Fill: fillNone, Stroke: strokeGone, Dashed: true})
		add("moves: migrate, rehost, relocate, replatform, refactor", Style{Shape: ShapeBox, Fill: fillNone, Stroke: strokeMove})
		add("repurchase", Style{Shape: ShapeBox, Fill: fillNone, Stroke: strokeBuy, Dashed: true})
		add("stays: retain, no disposition", Style{Shape: ShapeBox, Fill: fillNone, Stroke: strokeStay})
	}
	if b.o.View == ViewPlan {
		add("fill colour: wave", Style{Shape: ShapeBox, Fill: WaveFill(1), Stroke: "#555555"})
		if g.Collapsed == 0 {
			add("migrate", Style{Shape: ShapeBox, Fill: WaveFill(1), Stroke: strokeMove})
			add("retire, decommission", Style{Shape: ShapeBox, Fill: WaveFill(1), Stroke: strokeGone})
			add("thick border: critical cutover", Style{Shape: ShapeBox, Fill: WaveFill(1), Stroke: strokeMove, Bold: true})
			add("double red border: late (breach)", Style{Shape: ShapeBox, Fill: WaveFill(1), Stroke: strokeBreach, Double: true, Bold: true})
			add("blocked", Style{Shape: ShapeBox, Fill: fillBlocked, Stroke: strokeBreach, Bold: true})
			add("no action", Style{Shape: ShapeBox, Fill: fillNoAction, Stroke: strokeStay, Dashed: true})
			add("dashed box: move group", Style{Shape: ShapeText})
		}
	}
	kinds := map[EdgeKind]bool{}
	for _, e := range g.Edges {
		kinds[e.Kind] = true
	}
	if len(items) == 0 && len(kinds) == 0 {
		return
	}
	g.Clusters = append(g.Clusters, Cluster{ID: LegendCluster, Label: "Legend", Style: Style{Fill: "#ffffff", Stroke: "#bbbbbb"}})
	for i, it := range items {
		g.Nodes = append(g.Nodes, Node{ID: fmt.Sprintf("%s:n%02d", LegendCluster, i), Label: it.label, Cluster: LegendCluster, Style: it.style})
	}
	for i, k := range EdgeKinds {
		if !kinds[k] {
			continue
		}
		from := fmt.Sprintf("%s:e%02d:a", LegendCluster, i)
		to := fmt.Sprintf("%s:e%02d:b", LegendCluster, i)
		g.Nodes = append(g.Nodes,
			Node{ID: from, Label: string(k), Cluster: LegendCluster, Style: Style{Shape: ShapeText}},
			Node{ID: to, Label: " ", Cluster: LegendCluster, Style: Style{Shape: ShapeText}})
		g.Edges = append(g.Edges, Edge{From: from, To: to, Kind: k})
	}
}
