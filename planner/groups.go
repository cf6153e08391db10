package planner

import (
	"slices"

	"github.com/decomhq/decom/planner/schedule"
)

// moveGroups returns rule 2's move groups: the strongly connected
// components, of two or more applications, of the dependency graph among
// applications that migrate. Each group is sorted by node index; groups are
// sorted by their first member. A cycle through an application that takes
// no move ties nothing: only migrating applications are in the graph.
func (e *estate) moveGroups() [][]int {
	n := len(e.nodes)
	start := make([]int, n+1)
	var succ []int
	for i, nd := range e.nodes {
		if nd.kind == Migrate && e.app(nd.aid) != nil {
			for _, y := range e.rel.DependsOn(nd.aid) {
				if yi := int(e.nodeOf[y]); yi >= 0 && yi != i && e.nodes[yi].kind == Migrate && e.app(y) != nil {
					succ = append(succ, yi)
				}
			}
		}
		start[i+1] = len(succ)
	}
	comp, k := schedule.Components(start, succ)
	members := make([][]int, k)
	for v, c := range comp {
		members[c] = append(members[c], v) // v ascending: each group sorted
	}
	var groups [][]int
	for _, ms := range members {
		if len(ms) > 1 {
			groups = append(groups, ms)
		}
	}
	slices.SortFunc(groups, func(a, b []int) int { return a[0] - b[0] })
	return groups
}
