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

// tarjan returns the strongly connected component of every vertex,
// numbered 0..k-1, and k. It is iterative, so a chain of 100,000 actions
// cannot overflow anything. Components are numbered in reverse topological
// order of discovery; callers renumber them.
func tarjan(n int, edges []edge, out csr) (comp []int, k int) {
	const unvisited = -1
	index := make([]int, n)
	low := make([]int, n)
	onStack := make([]bool, n)
	comp = make([]int, n)
	for i := range index {
		index[i] = unvisited
	}
	var stack []int
	type frame struct{ v, next int }
	var call []frame
	counter := 0
	for root := 0; root < n; root++ {
		if index[root] != unvisited {
			continue
		}
		call = append(call, frame{v: root})
		index[root], low[root] = counter, counter
		counter++
		stack = append(stack, root)
		onStack[root] = true
		for len(call) > 0 {
			f := &call[len(call)-1]
			adj := out.of(f.v)
			if f.next < len(adj) {
				w := edges[adj[f.next]].to
				f.next++
				if index[w] == unvisited {
					index[w], low[w] = counter, counter
					counter++
					stack = append(stack, w)
					onStack[w] = true
					call = append(call, frame{v: w})
				} else if onStack[w] && index[w] < low[f.v] {
					low[f.v] = index[w]
				}
				continue
			}
			v := f.v
			call = call[:len(call)-1]
			if len(call) > 0 {
				if p := call[len(call)-1].v; low[v] < low[p] {
					low[p] = low[v]
				}
			}
			if low[v] == index[v] {
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					comp[w] = k
					if w == v {
						break
					}
				}
				k++
			}
		}
	}
	return comp, k
}
