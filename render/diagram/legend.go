package diagram

import (
	"strings"

	"github.com/decomhq/decom/inventory"
)

// legend lists in g.Legend the shapes, colours, boxes and line styles that
// g uses, and only those, each once.
func (b *builder) legend(g *Graph) {
	seen := map[string]bool{}
	add := func(label string, st Style) {
		if !seen[label] {
			seen[label] = true
			g.Legend = append(g.Legend, LegendItem{Label: label, Style: st})
		}
	}
	box := func(fill, stroke string) Style { return Style{Shape: ShapeBox, Fill: fill, Stroke: stroke} }
	groups := false
	crits := map[inventory.Criticality]bool{}
	kinds := map[inventory.DeviceKind]bool{}
	hasType := map[string]bool{}
	strokes := map[string]bool{}
	for _, n := range g.Nodes {
		if n.Address == "" {
			groups = true
			continue
		}
		hasType[b.types[n.ID]] = true
		strokes[n.Style.Stroke+dash(n.Style.Dashed)] = true
		switch a := b.m.Lookup(n.Address).(type) {
		case *inventory.Application:
			crits[a.Criticality] = true
		case *inventory.Device:
			kinds[inventory.DeviceKind(kindOf(a))] = true
		}
	}
	for _, t := range []string{inventory.TypeNetwork, inventory.TypeLink} {
		if hasType[t] {
			add(t, Style{Shape: map[string]Shape{inventory.TypeNetwork: ShapeParallelogram, inventory.TypeLink: ShapeDiamond}[t], Fill: fillNetwork, Stroke: strokeStay})
		}
	}
	var ks []string
	for _, k := range []inventory.DeviceKind{inventory.KindSwitch, inventory.KindRouter, inventory.KindFirewall,
		inventory.KindServer, inventory.KindStorage, inventory.KindTelephony, inventory.KindOther} {
		if kinds[k] {
			ks = append(ks, string(k))
		}
	}
	if len(ks) > 0 {
		// One sample per shape: kinds that share a shape share a line.
		byShape := map[Shape][]string{}
		var shapes []Shape
		for _, k := range ks {
			s := deviceShape(inventory.DeviceKind(k))
			if len(byShape[s]) == 0 {
				shapes = append(shapes, s)
			}
			byShape[s] = append(byShape[s], k)
		}
		for _, s := range shapes {
			add(strings.Join(byShape[s], ", "), Style{Shape: s, Fill: fillDevice, Stroke: strokeStay})
		}
	}
	if hasType[inventory.TypeApplication] {
		if b.o.View == ViewEstate {
			for _, c := range []inventory.Criticality{inventory.CritCritical, inventory.CritHigh, inventory.CritMedium, inventory.CritLow} {
				if crits[c] {
					add("application: "+string(c), Style{Shape: ShapeRounded, Fill: critFill[c], Stroke: strokeStay, Bold: c == inventory.CritCritical})
				}
			}
		}
		if crits[""] || b.o.View != ViewEstate {
			add("application", Style{Shape: ShapeRounded, Fill: fillNone, Stroke: strokeStay})
		}
	}
	if hasType[inventory.TypeEndpoints] {
		add("endpoint group", Style{Shape: ShapeNote, Fill: fillEndpoints, Stroke: strokeStay})
	}
	if groups || g.Collapsed > 0 {
		add("several assets, with counts", Style{Shape: ShapeStack, Fill: fillSummary, Stroke: "#333333"})
	}
	if b.o.View == ViewEstate {
		for _, c := range g.Clusters {
			if strings.Contains(c.ID, "/on:") {
				add("blue box: applications on the hosts it names", Style{Shape: ShapeBox, Fill: fillNone, Stroke: strokeHosts})
				break
			}
		}
		if g.Collapsed == 0 {
			if strokes[strokeGone+dash(true)] {
				add("red dashed border: goes", Style{Shape: ShapeBox, Fill: fillNone, Stroke: strokeGone, Dashed: true})
			}
			if strokes[strokeMove+dash(false)] {
				add("blue border: moves", box(fillNone, strokeMove))
			}
			if strokes[strokeBuy+dash(true)] {
				add("purple dashed border: repurchased", Style{Shape: ShapeBox, Fill: fillNone, Stroke: strokeBuy, Dashed: true})
			}
			if strokes[strokeStay+dash(false)] {
				add("grey border: stays", box(fillNone, strokeStay))
			}
		}
	}
	if b.o.View == ViewPlan {
		add("fill: the wave's colour", box(WaveFill(1), "#555555"))
		if g.Collapsed == 0 {
			b.planLegend(g, add)
		}
	}
	used := map[EdgeKind]bool{}
	counted := false
	for _, e := range g.Edges {
		used[e.Kind] = true
		counted = counted || e.Label != ""
	}
	for _, k := range EdgeKinds {
		if used[k] {
			g.Legend = append(g.Legend, LegendItem{Label: edgeWords[k], Edge: k})
		}
	}
	if counted {
		g.Legend = append(g.Legend, LegendItem{Label: "number on a line: how many it stands for", Style: Style{Shape: ShapeText}})
	}
}

// planLegend adds the plan view's borders and boxes that g uses.
func (b *builder) planLegend(g *Graph, add func(string, Style)) {
	var migrate, gone, crit, late, blocked, none, group bool
	for _, n := range g.Nodes {
		st := n.Style
		switch {
		case st.Fill == fillBlocked:
			blocked = true
		case st.Dashed && st.Fill == fillNoAction:
			none = true
		case st.Double:
			late = true
		case st.Stroke == strokeMove:
			migrate = true
		case st.Stroke == strokeGone:
			gone = true
		}
		crit = crit || (st.Bold && !st.Double && st.Fill != fillBlocked)
	}
	for _, c := range g.Clusters {
		group = group || strings.Contains(c.ID, ":group:")
	}
	box := func(stroke string) Style { return Style{Shape: ShapeBox, Fill: WaveFill(1), Stroke: stroke} }
	if migrate {
		add("blue border: migrate", box(strokeMove))
	}
	if gone {
		add("red border: retire, decommission", box(strokeGone))
	}
	if crit {
		st := box(strokeMove)
		st.Bold = true
		add("thick border: critical cutover", st)
	}
	if late {
		add("double red border: late", Style{Shape: ShapeBox, Fill: WaveFill(1), Stroke: strokeBreach, Double: true, Bold: true})
	}
	if blocked {
		add("red fill: blocked", Style{Shape: ShapeBox, Fill: fillBlocked, Stroke: strokeBreach, Bold: true})
	}
	if none {
		add("dashed: no action", Style{Shape: ShapeBox, Fill: fillNoAction, Stroke: strokeStay, Dashed: true})
	}
	if group {
		add("dashed box: moved together", Style{Shape: ShapeBox, Fill: WaveFill(1), Stroke: "#000000", Dashed: true})
	}
}

func dash(d bool) string {
	if d {
		return "-"
	}
	return ""
}

// edgeWords says in words what each edge kind means, for the legend.
var edgeWords = map[EdgeKind]string{
	DependsOn:   "depends on (implied ones left out)",
	HostedOn:    "hosted on",
	Uplink:      "uplinked to",
	Link:        "linked networks",
	Replacement: "replaced by",
	After:       "waits for (arrow from what it waits for)",
	Soak:        "waits for, with soak waves",
	Blocks:      "blocks",
}
