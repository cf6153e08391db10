package diagram

import (
	"github.com/dominikbraun/graph"
)

// maxReduce is the most nodes a drawing may have for its edges to be
// reduced: the transitive reduction of dominikbraun/graph runs a search
// from every edge, quadratic or worse, and a drawing that big is not
// legible anyway (docs/performance.md has the measurements).
const maxReduce = 500

// reduced lists the edge kinds that are reduced, each set on its own:
// an edge is left out when the others of its set already lead from its
// start to its end (X depends on Y and Y on Z: X → Z is implied). In the
// plan view the waits-for edges (with and without soak) are one set.
var reduced = [][]EdgeKind{{DependsOn}, {After, Soak}}

// reduce keeps, of the drawn edges of each reduced set, only those no
// longer path implies: the dependencies and waits that decided something,
// not their consequences. A set with a cycle (possible between groups and
// within a wave) is left as it is. Before grouping, every action has one
// waits-for edge at most, so its edges are already reduced and nothing is
// searched.
func (b *builder) reduce(g *Graph) {
	if len(g.Nodes) > maxReduce {
		return
	}
	for _, set := range reduced {
		in := map[EdgeKind]bool{}
		for _, k := range set {
			in[k] = true
		}
		var es []Edge
		indeg := map[string]int{}
		for _, e := range g.Edges {
			if in[e.Kind] {
				es = append(es, e)
				indeg[e.To]++
			}
		}
		forest := true
		for _, n := range indeg {
			if n > 1 {
				forest = false
				break
			}
		}
		if len(es) < 2 || forest {
			continue
		}
		keep, ok := transitiveReduction(es)
		if !ok {
			continue
		}
		out := g.Edges[:0]
		for _, e := range g.Edges {
			if !in[e.Kind] || keep[[2]string{e.From, e.To}] {
				out = append(out, e)
			}
		}
		g.Edges = out
	}
}

// transitiveReduction returns the (from, to) pairs of es that its
// transitive reduction keeps; false when es has a cycle.
func transitiveReduction(es []Edge) (map[[2]string]bool, bool) {
	d := graph.New(graph.StringHash, graph.Directed())
	for _, e := range es {
		_ = d.AddVertex(e.From) // already there: fine
		_ = d.AddVertex(e.To)
		_ = d.AddEdge(e.From, e.To) // a repeated pair: fine
	}
	r, err := graph.TransitiveReduction(d)
	if err != nil {
		return nil, false
	}
	edges, err := r.Edges()
	if err != nil {
		return nil, false
	}
	keep := make(map[[2]string]bool, len(edges))
	for _, e := range edges {
		keep[[2]string{e.Source, e.Target}] = true
	}
	return keep, true
}
