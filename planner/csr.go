package planner

// csr is a compact adjacency index: the edges out of v are
// list[start[v]:start[v+1]], in the order they were given (stable).
type csr struct {
	start []int
	list  []int // edge indices
}

// newCSR indexes edges by key(edge) in [0,n).
func newCSR(n int, edges []edge, key func(edge) int) csr {
	c := csr{start: make([]int, n+1), list: make([]int, len(edges))}
	for _, ed := range edges {
		c.start[key(ed)+1]++
	}
	for i := 0; i < n; i++ {
		c.start[i+1] += c.start[i]
	}
	fill := append([]int(nil), c.start[:n]...)
	for i, ed := range edges {
		k := key(ed)
		c.list[fill[k]] = i
		fill[k]++
	}
	return c
}

func (c csr) of(v int) []int { return c.list[c.start[v]:c.start[v+1]] }

// targets is the graph of edges by their To, for schedule.Components:
// the vertices after v are succ[c.start[v]:c.start[v+1]].
func (c csr) targets(edges []edge) (start, succ []int) {
	succ = make([]int, len(c.list))
	for i, ei := range c.list {
		succ[i] = edges[ei].to
	}
	return c.start, succ
}
