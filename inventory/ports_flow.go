package inventory

// flowNet is a flow network for Dinic's maximum-flow algorithm. Edges come
// in pairs: edge e and its reverse e^1, whose flow is always -flow[e].
// Each node's edges are tried in the order they were added, so the result
// is deterministic.
type flowNet struct {
	adj  [][]int32 // node -> its edges (forward and reverse)
	to   []int32   // edge -> the node it leads to
	cap  []int64   // edge -> capacity (0 for reverse edges)
	flow []int64   // edge -> flow

	level []int32 // per node, its BFS distance from the source; -1 unreached
	next  []int   // per node, the first of its edges not yet exhausted
}

// newFlowNet makes a network whose node i will have deg[i] edges (forward
// and reverse), so that adding them allocates nothing more.
func newFlowNet(deg []int) *flowNet {
	total := 0
	for _, d := range deg {
		total += d
	}
	f := &flowNet{adj: make([][]int32, len(deg)), level: make([]int32, len(deg)), next: make([]int, len(deg)),
		to: make([]int32, 0, total), cap: make([]int64, 0, total), flow: make([]int64, 0, total)}
	backing := make([]int32, total)
	off := 0
	for i, d := range deg {
		f.adj[i] = backing[off : off : off+d]
		off += d
	}
	return f
}

// add adds an edge from u to v with capacity c and returns its index.
func (f *flowNet) add(u, v int32, c int64) int32 {
	e := int32(len(f.to))
	f.to = append(f.to, v, u)
	f.cap = append(f.cap, c, 0)
	f.flow = append(f.flow, 0, 0)
	f.adj[u] = append(f.adj[u], e)
	f.adj[v] = append(f.adj[v], e+1)
	return e
}

// setFlow sets the flow on forward edge e (and its reverse).
func (f *flowNet) setFlow(e int32, n int64) { f.flow[e], f.flow[e^1] = n, -n }

func (f *flowNet) residual(e int32) int64 { return f.cap[e] - f.flow[e] }

// maxFlow augments the current flow from s to t until it is maximum.
func (f *flowNet) maxFlow(s, t int32) {
	for f.levels(s, t) {
		clear(f.next)
		for f.augment(s, t, unlimited) > 0 {
		}
	}
}

// levels computes BFS distances from s over edges with residual capacity
// and reports whether t is reached.
func (f *flowNet) levels(s, t int32) bool {
	for i := range f.level {
		f.level[i] = -1
	}
	f.level[s] = 0
	queue := []int32{s}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		for _, e := range f.adj[x] {
			if y := f.to[e]; f.level[y] < 0 && f.residual(e) > 0 {
				f.level[y] = f.level[x] + 1
				queue = append(queue, y)
			}
		}
	}
	return f.level[t] >= 0
}

// augment pushes up to limit units from x to t along edges that go one
// level further, and returns how many it pushed.
func (f *flowNet) augment(x, t int32, limit int64) int64 {
	if x == t {
		return limit
	}
	for ; f.next[x] < len(f.adj[x]); f.next[x]++ {
		e := f.adj[x][f.next[x]]
		y := f.to[e]
		r := f.residual(e)
		if r <= 0 || f.level[y] != f.level[x]+1 {
			continue
		}
		if pushed := f.augment(y, t, min(limit, r)); pushed > 0 {
			f.flow[e] += pushed
			f.flow[e^1] -= pushed
			return pushed
		}
	}
	return 0
}

// reachable marks the nodes reachable from s over edges with residual
// capacity.
func (f *flowNet) reachable(s int32) []bool {
	seen := make([]bool, len(f.adj))
	seen[s] = true
	queue := []int32{s}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		for _, e := range f.adj[x] {
			if y := f.to[e]; !seen[y] && f.residual(e) > 0 {
				seen[y] = true
				queue = append(queue, y)
			}
		}
	}
	return seen
}
