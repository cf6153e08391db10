package schedule

import "math/rand/v2"

// chainDepth gives each unit the number of units on the longest chain of
// precedences after it (lags not counted). With lag-0 chains and tight
// capacity the waves a chain needs come from its actions, not its lags,
// so the unit heading the longest chain should go first even when its
// tail (in waves) is no longer than any other's.
func (p *Problem) chainDepth() []int {
	depth := make([]int, p.n)
	for i := len(p.topo) - 1; i >= 0; i-- {
		u := p.topo[i]
		for _, ei := range p.succ[u] {
			depth[u] = max(depth[u], depth[p.Edges[ei].To]+1)
		}
	}
	return depth
}

// Random restarts are bounded by size alone (never by the clock, so the
// plan is deterministic): at most maxRestarts, at most restartWork/units,
// and none on estates of more than maxRestartUnits units.
const (
	maxRestarts     = 200
	restartWork     = 1_000_000
	maxRestartUnits = 5_000
)

// restarts runs list scheduling under randomly perturbed priorities while
// the best plan is above the lower bound on waves: fewest waves come
// first, and on small estates a few hundred orders are cheap. The
// generator is seeded by the problem's size, so the plan is the same on
// every run. Each candidate alternates between perturbing the chain and
// the deadline keys and a plain shuffle; forward-backward improvement
// follows each. It returns true as soon as consider says to stop.
func (p *Problem) restarts(lbWaves int, waves func() int, consider func([]int) bool) bool {
	tries := min(maxRestarts, restartWork/max(p.n, 1))
	if tries < 1 || p.n > maxRestartUnits {
		return false
	}
	r := rand.New(rand.NewPCG(uint64(p.n), 0x2545f4914f6cdd1d))
	depth := p.chainDepth()
	keys := make([]key, p.n)
	for t := 0; t < tries && waves() > lbWaves && !p.spent(); t++ {
		for u := 0; u < p.n; u++ {
			j := r.IntN(1 << 20)
			switch t % 3 {
			case 0:
				keys[u] = key{-p.tail[u], -depth[u] - r.IntN(2), j}
			case 1:
				keys[u] = key{min(p.ls[u], lbWaves-1-p.tail[u]) + r.IntN(2), -depth[u], j}
			default:
				keys[u] = key{j}
			}
		}
		w := p.list(keys, false)
		if consider(w) {
			return true
		}
		w2 := p.forwardBackward(w)
		if consider(w2) {
			return true
		}
	}
	return false
}
