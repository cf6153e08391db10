package inventory

// unionFind joins the IDs 0..n-1 into disjoint sets, near-linear (path
// halving); a set's root is its smallest ID.
type unionFind []int32

// newUnionFind puts each of n IDs in a set of its own.
func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = int32(i)
	}
	return u
}

// find returns the root of x's set.
func (u unionFind) find(x int32) int32 {
	for u[x] != x {
		u[x] = u[u[x]]
		x = u[x]
	}
	return x
}

// union joins the sets of a and b.
func (u unionFind) union(a, b int32) {
	if a, b = u.find(a), u.find(b); a != b {
		u[max(a, b)] = min(a, b)
	}
}
