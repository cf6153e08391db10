package diagram

import (
	"fmt"

	"github.com/decomhq/decom/internal/english"
	"github.com/decomhq/decom/planner"
)

// Cluster IDs of the plan view.
const (
	clusterBlocked  = "wave:blocked"
	clusterNoAction = "wave:none"
)

// waveCluster is the ID of wave n's cluster; zero-padded so IDs sort in wave
// order.
func waveCluster(n int) string { return fmt.Sprintf("wave:%05d", n) }

// planCluster returns (creating) the cluster an asset is drawn in: its
// wave's (or its move group's inside the wave), Blocked or No action.
func (b *builder) planCluster(addr string) string {
	ix := b.plan
	if ix.Blocker(addr) != nil {
		if _, done := b.clus[clusterBlocked]; !done {
			b.clus[clusterBlocked] = Cluster{ID: clusterBlocked, Label: fmt.Sprintf("Blocked (%d)", len(b.p.Blockers)),
				Style: Style{Fill: "#fdf0f0", Stroke: strokeBreach, Bold: true}}
		}
		return clusterBlocked
	}
	a, w := ix.Action(addr)
	if a == nil {
		if _, done := b.clus[clusterNoAction]; !done {
			b.clus[clusterNoAction] = Cluster{ID: clusterNoAction, Label: "No action",
				Style: Style{Fill: "#ffffff", Stroke: strokeStay, Dashed: true}}
		}
		return clusterNoAction
	}
	id := waveCluster(w.Number)
	if _, done := b.clus[id]; !done {
		label := fmt.Sprintf("Wave %d · %s · %s", w.Number, w.Date, english.Plural(len(w.Actions), "action", "actions"))
		b.clus[id] = Cluster{ID: id, Label: label, Style: Style{Fill: WaveFill(w.Number), Stroke: "#555555"}}
	}
	if g := a.Group; g != "" {
		gid := id + ":group:" + g
		if _, done := b.clus[gid]; !done {
			b.clus[gid] = Cluster{ID: gid, Label: "moved together: " + b.display(g), Parent: id,
				Style: Style{Fill: WaveFill(w.Number), Stroke: "#000000", Dashed: true, Bold: true}}
		}
		return gid
	}
	return id
}

// planLabel is the label of an asset in the plan view: its display name
// and what happens to it.
func (b *builder) planLabel(addr string) string {
	ix := b.plan
	name := b.display(addr)
	if bl := ix.Blocker(addr); bl != nil {
		if bl.Action == "" {
			return label(name, "root cause of blocks")
		}
		root := addr
		if len(bl.Chain) > 0 {
			root = bl.Chain[len(bl.Chain)-1]
		}
		return label(name, "blocked "+string(bl.Action), "by "+b.display(root))
	}
	a, _ := ix.Action(addr)
	if a == nil {
		return label(name, "no action")
	}
	crit := ""
	if a.Critical {
		crit = "critical"
	}
	late := ""
	if br := ix.Breach(addr); br != nil {
		late = fmt.Sprintf("LATE %dd (deadline %s)", br.DaysLate, br.Deadline)
	}
	return label(name, string(a.Action), crit, late)
}

// planStyle restyles an asset for the plan view: fill by wave, border by
// action; breaches get a double red border, blockers a red fill. In the
// estate view it returns st unchanged.
func (b *builder) planStyle(addr string, st Style) Style {
	if b.o.View != ViewPlan {
		return st
	}
	ix := b.plan
	if ix.Blocker(addr) != nil {
		return Style{Shape: st.Shape, Fill: fillBlocked, Stroke: strokeBreach, Bold: true}
	}
	a, w := ix.Action(addr)
	if a == nil {
		return Style{Shape: st.Shape, Fill: fillNoAction, Stroke: strokeStay, Dashed: true}
	}
	out := Style{Shape: st.Shape, Fill: WaveFill(w.Number), Stroke: strokeMove, Bold: a.Critical}
	if a.Action != planner.Migrate {
		out.Stroke = strokeGone
	}
	if ix.Breach(addr) != nil {
		out.Stroke, out.Double, out.Bold = strokeBreach, true, true
	}
	return out
}

// planEdges adds, in the plan view, one edge per action whose reason names
// a predecessor: from the predecessor to the action, the binding
// constraint that keeps it out of earlier waves; and an edge from each
// cause to what it blocks, along every blocker's chain.
func (b *builder) planEdges() {
	if b.o.View != ViewPlan {
		return
	}
	for _, w := range b.p.Waves {
		for _, a := range w.Actions {
			pred := a.Why.Predecessor
			if pred == "" || pred == a.Address || b.types[pred] == "" || b.types[a.Address] == "" {
				continue
			}
			k := After
			if a.Why.Kind == planner.ReasonSoak {
				k = Soak
			}
			b.edges = append(b.edges, Edge{From: pred, To: a.Address, Kind: k})
		}
	}
	for _, bl := range b.p.Blockers {
		for i := 0; i+1 < len(bl.Chain); i++ {
			from, to := bl.Chain[i+1], bl.Chain[i]
			if from != to && b.types[from] != "" && b.types[to] != "" {
				b.edges = append(b.edges, Edge{From: from, To: to, Kind: Blocks})
			}
		}
	}
}
