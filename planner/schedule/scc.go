package schedule

// Components returns the strongly connected component of every vertex of
// a directed graph, numbered 0..k-1, and k. The edges out of vertex v go
// to succ[start[v]:start[v+1]]; there are len(start)-1 vertices. It is
// Tarjan's algorithm, iterative, so a chain of 100,000 vertices cannot
// overflow anything; components are numbered in reverse topological
// order of discovery (callers renumber them as they need).
func Components(start, succ []int) (comp []int, k int) {
	const unvisited = -1
	n := len(start) - 1
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
			adj := succ[start[f.v]:start[f.v+1]]
			if f.next < len(adj) {
				w := adj[f.next]
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
