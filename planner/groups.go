package planner

import (
	"sort"

	"github.com/dominikbraun/graph"
)

// moveGroups returns rule 2's move groups: the strongly connected
// components, of two or more applications, of the dependency graph among
// applications that migrate. Each group is sorted by node index; groups are
// sorted by their first member.
//
// Chains and trees cannot be in a cycle, so they are peeled off first
// (repeatedly dropping applications with no dependency or no dependent
// left, in linear time); only the cyclic core goes into a
// dominikbraun/graph graph for its StronglyConnectedComponents. That
// keeps the library's map-based, recursive search off long chains.
func (e *estate) moveGroups() [][]int {
	out := make([][]int, len(e.nodes)) // dependency edges x -> y
	in := make([]int, len(e.nodes))
	outDeg := make([]int, len(e.nodes))
	var preds [][]int
	preds = make([][]int, len(e.nodes))
	for i, n := range e.nodes {
		if n.kind != Migrate || e.app(n.aid) == nil {
			continue
		}
		for _, y := range e.rel.DependsOn(n.aid) {
			if yi := int(e.nodeOf[y]); yi >= 0 && yi != i && e.nodes[yi].kind == Migrate {
				out[i] = append(out[i], yi)
				preds[yi] = append(preds[yi], i)
				outDeg[i]++
				in[yi]++
			}
		}
	}
	alive := make([]bool, len(e.nodes))
	var queue []int
	for i := range e.nodes {
		alive[i] = true
		if in[i] == 0 || outDeg[i] == 0 {
			alive[i] = false
			queue = append(queue, i)
		}
	}
	for len(queue) > 0 {
		v := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, s := range out[v] {
			if alive[s] {
				if in[s]--; in[s] == 0 {
					alive[s] = false
					queue = append(queue, s)
				}
			}
		}
		for _, p := range preds[v] {
			if alive[p] {
				if outDeg[p]--; outDeg[p] == 0 {
					alive[p] = false
					queue = append(queue, p)
				}
			}
		}
	}
	// Vertices are i+1, not i: the library's StronglyConnectedComponents
	// (v0.23) stops popping a component at the zero key ("var hash K; for
	// hash != vertexHash"), so vertex 0 would make the groups depend on map
	// order.
	g := graph.New(graph.IntHash, graph.Directed())
	core := 0
	for i := range e.nodes {
		if alive[i] {
			_ = g.AddVertex(i + 1)
			core++
		}
	}
	if core == 0 {
		return nil
	}
	for i := range e.nodes {
		if !alive[i] {
			continue
		}
		for _, s := range out[i] {
			if alive[s] {
				_ = g.AddEdge(i+1, s+1)
			}
		}
	}
	sccs, err := graph.StronglyConnectedComponents(g)
	if err != nil {
		return nil
	}
	var groups [][]int
	for _, c := range sccs {
		if len(c) > 1 {
			for k := range c {
				c[k]--
			}
			sort.Ints(c)
			groups = append(groups, c)
		}
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i][0] < groups[j][0] })
	return groups
}
