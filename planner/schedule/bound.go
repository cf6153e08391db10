package schedule

import (
	"math"
	"sort"
)

// Bound is a number of waves no schedule can beat (Waves), with the bound
// each argument gives: the longest chain of precedences, the total load
// over the per-wave limits, and windows that combine the two.
type Bound struct {
	Waves, Chain, Capacity, Window int
}

// maxGrid bounds the side of the (head, tail) grid of the window bound.
// Longer chains are bucketed: taking a and b only at multiples of the
// bucket width still gives a valid (slightly weaker) bound.
const maxGrid = 1024

// LowerBound computes the three lower bounds on the number of waves (SPEC
// section 2, quality): the longest chain of precedences counting lags,
// from each unit's release; the total changes, effort and critical
// cutovers over their per-wave limits; and the window bound, which
// combines them: the units with at least a waves of chain or release
// before them (head >= a) and b after them (tail >= b) all fall in waves
// a .. W-1-b, so W >= a + b + ceil(their load / limit) for every limit.
// It needs Prepare to have run.
func (p *Problem) LowerBound() Bound {
	var lb Bound
	if p.n == 0 {
		return lb
	}
	head, tail := p.hardChains()
	L := 0
	for u := 0; u < p.n; u++ {
		L = max(L, head[u]+tail[u]+1)
	}
	lb.Chain = L
	var tc, tk int
	var te float64
	for u := 0; u < p.n; u++ {
		tc += p.Changes[u]
		te += p.Effort[u]
		tk += p.Critical[u]
	}
	lb.Capacity = 1
	sizes := make([]float64, p.n)
	if p.MaxChanges > 0 {
		lb.Capacity = max(lb.Capacity, ceilDiv(float64(tc), float64(p.MaxChanges)))
		for u := range sizes {
			sizes[u] = float64(p.Changes[u])
		}
		lb.Capacity = max(lb.Capacity, binBound(sizes, float64(p.MaxChanges)))
	}
	if p.MaxEffort > 0 {
		lb.Capacity = max(lb.Capacity, ceilDiv(te, p.MaxEffort))
		copy(sizes, p.Effort)
		lb.Capacity = max(lb.Capacity, binBound(sizes, p.MaxEffort))
	}
	if p.MaxCritical > 0 {
		lb.Capacity = max(lb.Capacity, ceilDiv(float64(tk), float64(p.MaxCritical)))
		for u := range sizes {
			sizes[u] = float64(p.Critical[u])
		}
		lb.Capacity = max(lb.Capacity, binBound(sizes, float64(p.MaxCritical)))
	}
	lb.Window = max(lb.Chain, lb.Capacity)
	g := (L + maxGrid - 1) / maxGrid // bucket width
	side := (L+g-1)/g + 1
	dims := p.capacityDims()
	sum := make([]float64, side*side)
	for _, d := range dims {
		clear(sum)
		for u := 0; u < p.n; u++ {
			sum[(head[u]/g)*side+tail[u]/g] += d.load(u)
		}
		// 2-D suffix sums: sum[i][j] = load of units in buckets >= (i, j).
		for i := side - 1; i >= 0; i-- {
			for j := side - 1; j >= 0; j-- {
				s := sum[i*side+j]
				if i+1 < side {
					s += sum[(i+1)*side+j]
				}
				if j+1 < side {
					s += sum[i*side+j+1]
				}
				if i+1 < side && j+1 < side {
					s -= sum[(i+1)*side+j+1]
				}
				sum[i*side+j] = s
			}
		}
		for i := 0; i < side; i++ {
			for j := 0; j < side; j++ {
				if s := sum[i*side+j]; s > 1e-9 {
					lb.Window = max(lb.Window, i*g+j*g+ceilDiv(s, d.limit))
				}
			}
		}
	}
	lb.Window = max(lb.Window, p.binWindows(head, tail, L))
	lb.Waves = max(lb.Chain, lb.Capacity, lb.Window)
	return lb
}

// binWindowBudget bounds the work of binWindows: (a, b) pairs times units.
const binWindowBudget = 1_000_000

// binWindows strengthens the window bound with bin packing where that is
// cheap (short chains): the units with head >= a and tail >= b need not
// just ceil(load / limit) waves but binBound of their loads, which counts
// big units that cannot share a wave. Returns 0 when skipped.
func (p *Problem) binWindows(head, tail []int, L int) int {
	if L*L*p.n > binWindowBudget {
		return 0
	}
	dims := p.capacityDims()
	best := 0
	sizes := make([]float64, 0, p.n)
	for a := 0; a < L; a++ {
		for b := 0; a+b < L; b++ {
			for _, d := range dims {
				sizes = sizes[:0]
				for u := 0; u < p.n; u++ {
					if head[u] >= a && tail[u] >= b {
						if s := d.load(u); s > 0 {
							sizes = append(sizes, s)
						}
					}
				}
				if len(sizes) > 0 {
					best = max(best, a+b+binBound(sizes, d.limit))
				}
			}
		}
	}
	return best
}

// binBound is Martello and Toth's L2 bound for bin packing: waves are bins
// of the given capacity and each unit an item that needs one bin. For each
// threshold a <= cap/2, items larger than cap-a each need a bin of their
// own, so do items larger than cap/2 (two never share), and items of size
// a .. cap/2 can only use the room those leave plus new bins. It sorts the
// sizes (in place); O(n log n).
func binBound(sizes []float64, capacity float64) int {
	const eps = 1e-9
	sort.Sort(sort.Reverse(sort.Float64Slice(sizes)))
	n := len(sizes)
	prefix := make([]float64, n+1) // prefix[i] = sum of the i largest
	for i, s := range sizes {
		prefix[i+1] = prefix[i] + s
	}
	// count(x) = how many sizes are > x.
	count := func(x float64) int {
		return sort.Search(n, func(i int) bool { return sizes[i] <= x+eps })
	}
	// countAtLeast(x) = how many sizes are >= x.
	countAtLeast := func(x float64) int {
		return sort.Search(n, func(i int) bool { return sizes[i] < x-eps })
	}
	best := 0
	half := capacity / 2
	try := func(a float64) {
		j1 := count(capacity - a)
		j2 := count(half)     // j1 + |J2|
		j3 := countAtLeast(a) // j2 + |J3|
		if j3 < j2 {
			j3 = j2
		}
		room := float64(j2-j1)*capacity - (prefix[j2] - prefix[j1])
		l := j2 + max(0, ceilDiv(prefix[j3]-prefix[j2]-room, capacity))
		best = max(best, l)
	}
	try(0)
	for i := n - 1; i >= 0; i-- {
		if s := sizes[i]; s > 0 && s <= half+eps && (i == n-1 || s != sizes[i+1]) {
			try(s)
		}
	}
	return best
}

// hardChains is head and tail over the edges every valid plan must
// honour, leaving out the soft link edges of rule 1; head starts at each
// unit's release. Computed once, for both bounds.
func (p *Problem) hardChains() (head, tail []int) {
	if p.hardHead != nil {
		return p.hardHead, p.hardTail
	}
	defer func() { p.hardHead, p.hardTail = head, tail }()
	head, tail = make([]int, p.n), make([]int, p.n)
	for u := range head {
		head[u] = p.release(u)
	}
	for _, u := range p.topo {
		for _, ei := range p.succ[u] {
			if e := p.Edges[ei]; !e.Soft {
				head[e.To] = max(head[e.To], head[u]+e.Lag)
			}
		}
	}
	for i := len(p.topo) - 1; i >= 0; i-- {
		u := p.topo[i]
		for _, ei := range p.succ[u] {
			if e := p.Edges[ei]; !e.Soft {
				tail[u] = max(tail[u], tail[e.To]+e.Lag)
			}
		}
	}
	return head, tail
}

func ceilDiv(a, b float64) int {
	return int(math.Ceil(a/b - 1e-9))
}

// capacityDim is one per-wave limit and each unit's load against it.
type capacityDim struct {
	limit float64
	load  func(u int) float64
}

// capacityDims lists the per-wave limits the plan has (changes, effort,
// critical cutovers), leaving out those that are unlimited.
func (p *Problem) capacityDims() []capacityDim {
	var dims []capacityDim
	if p.MaxChanges > 0 {
		dims = append(dims, capacityDim{float64(p.MaxChanges), func(u int) float64 { return float64(p.Changes[u]) }})
	}
	if p.MaxEffort > 0 {
		dims = append(dims, capacityDim{p.MaxEffort, func(u int) float64 { return p.Effort[u] }})
	}
	if p.MaxCritical > 0 {
		dims = append(dims, capacityDim{float64(p.MaxCritical), func(u int) float64 { return float64(p.Critical[u]) }})
	}
	return dims
}
