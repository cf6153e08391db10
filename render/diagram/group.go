package diagram

import (
	"fmt"
	"sort"
	"strings"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/inventory"
)

// LegibleNodes is the legibility budget of the diagram formats (Options.
// MaxDetail): up to about this many asset nodes, each view of an estate
// fits one A3 page with every label at 6 pt or more (measured with
// Graphviz, docs/graph.md).
const LegibleNodes = 100

// groupSimilar draws similar assets as one node with counts. In the
// estate view: everything at a site that hosts no application (its
// switches, routers and desks) becomes one node for the site; at a site
// that does, the devices of one kind that host nothing, and the endpoint
// groups. In the plan view: the devices that host nothing and the
// endpoint groups at one site that take the same action in the same wave
// (or move group). Applications, hosts, networks and links are kept. A
// group needs two members; edges are merged between groups.
func (b *builder) groupSimilar(g *Graph) {
	b.appSites = map[string]bool{}
	for _, a := range b.m.Applications {
		b.appSites[b.siteOf(a.Address())] = true
	}
	members := map[string][]Node{}
	var keys []string
	for _, n := range g.Nodes {
		k := b.similarKey(n)
		if k == "" {
			continue
		}
		if _, ok := members[k]; !ok {
			keys = append(keys, k)
		}
		members[k] = append(members[k], n)
	}
	groupOf := map[string]string{}
	var nodes []Node
	for _, k := range keys {
		ms := members[k]
		if len(ms) < 2 {
			continue
		}
		ids := make([]string, len(ms))
		for i, m := range ms {
			ids[i] = m.ID
			groupOf[m.ID] = k
		}
		b.similar[k] = ids
		g.Grouped += len(ms)
		nodes = append(nodes, b.similarNode(k, ms))
	}
	for _, n := range g.Nodes {
		if groupOf[n.ID] == "" {
			nodes = append(nodes, n)
		}
	}
	g.Nodes = nodes
	g.Edges = mergeEdges(g.Edges, func(id string) string {
		if k := groupOf[id]; k != "" {
			return k
		}
		return id
	}, func(id string) string { return id })
}

// mergeEdges re-points every edge through to (a node's group, by a key of
// any comparable type), drops edges within a group and merges repeats
// into one edge labelled with their count, named by name; nil when none
// is left.
func mergeEdges[K comparable](es []Edge, to func(string) K, name func(K) string) []Edge {
	type ek struct {
		from, to K
		kind     EdgeKind
	}
	count := map[ek]int{}
	var order []ek
	for _, e := range es {
		k := ek{to(e.From), to(e.To), e.Kind}
		if k.from == k.to {
			continue
		}
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
	}
	if len(order) == 0 {
		return nil
	}
	out := make([]Edge, 0, len(order))
	for _, k := range order {
		out = append(out, Edge{From: name(k.from), To: name(k.to), Kind: k.kind, Label: countLabel(count[k])})
	}
	return out
}

// similarKey is the group an asset node may join, or "" when it is drawn
// on its own: "similar|CLUSTER|SITE|KIND|ACTION", where KIND is "site"
// for a whole site.
func (b *builder) similarKey(n Node) string {
	if n.Address == "" {
		return ""
	}
	kind := ""
	switch a := b.m.Lookup(n.ID).(type) {
	case *inventory.Device:
		if b.o.View == ViewPlan && len(b.rel.Hosted(b.rel.ID(n.ID))) > 0 {
			return ""
		}
		kind = kindOf(a)
	case *inventory.Endpoints:
		kind = "endpoints"
	default:
		return ""
	}
	site := b.siteOf(n.ID)
	action := ""
	if b.o.View == ViewPlan {
		kind = "site"
		switch {
		case b.plan.Blocker(n.ID) != nil:
			action = "blocked"
		default:
			if a, _ := b.plan.Action(n.ID); a != nil {
				action = string(a.Action)
			}
		}
	} else if site != "" && !b.appSites[site] {
		kind = "site"
	}
	return strings.Join([]string{"similar", n.Cluster, site, kind, action}, "|")
}

// similarNode draws a group of similar assets: what it holds ("22
// switches", "8 endpoint groups · 452 endpoints"), the ports they use, the
// site, and what happens to them.
func (b *builder) similarNode(key string, ms []Node) Node {
	parts := strings.Split(key, "|")
	cluster, site, kind, action := parts[1], parts[2], parts[3], parts[4]
	kinds := map[string]int{}
	var kindOrder []string
	eps, seats, used, ports := 0, 0, 0, 0
	p := b.m.Ports()
	for _, m := range ms {
		switch a := b.m.Lookup(m.ID).(type) {
		case *inventory.Device:
			k := kindOf(a)
			if kinds[k] == 0 {
				kindOrder = append(kindOrder, k)
			}
			kinds[k]++
			if a.Ports > 0 && kind != "site" {
				used += p.Device(m.ID).Used()
				ports += a.Ports
			}
		case *inventory.Endpoints:
			eps++
			seats += a.Count
		}
	}
	sort.Strings(kindOrder)
	var phrases []string
	for _, k := range kindOrder {
		phrases = append(phrases, english.Plural(kinds[k], k, kindPlural(k)))
	}
	if eps > 0 {
		phrases = append(phrases, english.Plural(eps, "endpoint group", "endpoint groups"), english.Plural(seats, "endpoint", "endpoints"))
	}
	if ports > 0 {
		phrases = append(phrases, fmt.Sprintf("%d of %d ports used", used, ports))
	}
	title := ""
	if kind == "site" && site != "" {
		title = b.display(site)
	}
	st := Style{Shape: ShapeStack, Fill: fillDevice, Stroke: strokeStay}
	if eps > 0 && len(kinds) == 0 {
		st.Fill = fillEndpoints
	}
	if b.o.View == ViewPlan {
		late := 0
		for _, m := range ms {
			if b.plan.Breach(m.ID) != nil {
				late++
			}
		}
		st = b.planStyle(ms[0].ID, st)
		st.Shape = ShapeStack
		phrases = append(phrases, action)
		if late > 0 {
			phrases = append(phrases, fmt.Sprintf("%d LATE", late))
			st.Stroke, st.Double, st.Bold = strokeBreach, true, true
		}
	} else {
		disp := map[string]bool{}
		for _, m := range ms {
			disp[dispositionOf(b.m.Lookup(m.ID))] = true
		}
		if len(disp) == 1 {
			for d := range disp {
				phrases = append(phrases, d)
				stroke, dashed := dispositionStroke(inventory.Disposition(d))
				st.Stroke, st.Dashed = stroke, dashed
			}
		}
		if kind == "site" { // the node stands for the site's box
			cluster = b.clus[cluster].Parent
		}
	}
	if title == "" {
		return Node{ID: key, Label: strings.Join(pack(phrases), "\n"), Cluster: cluster, Style: st}
	}
	return Node{ID: key, Label: label(title, phrases...), Cluster: cluster, Style: st}
}

// dispositionOf is what happens to a device, application or endpoint
// group, in words, as its label says it: a retained device is "kept", an
// application or endpoint group with no disposition "stays".
func dispositionOf(a inventory.Asset) string {
	var d inventory.Disposition
	switch a := a.(type) {
	case *inventory.Device:
		if a.Disposition == inventory.DispRetain {
			return "kept"
		}
		return string(a.Disposition)
	case *inventory.Application:
		d = a.Disposition
	case *inventory.Endpoints:
		d = a.Disposition
	default:
		return ""
	}
	if d == "" {
		return "stays"
	}
	return string(d)
}

// kindOf is a device's kind, "other" when it has none.
func kindOf(d *inventory.Device) string {
	if d.Kind == "" {
		return string(inventory.KindOther)
	}
	return string(d.Kind)
}

// kindPlural is the plural of a device kind.
func kindPlural(kind string) string {
	switch kind {
	case "switch":
		return "switches"
	case "telephony":
		return "telephony devices"
	case "storage":
		return "storage devices"
	case "other":
		return "other devices"
	}
	return kind + "s"
}
