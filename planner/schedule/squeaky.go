package schedule

// squeakyRounds bounds the rounds of squeaky-wheel repair.
const squeakyRounds = 24

// squeaky is a squeaky-wheel repair of breaches: every round, each unit
// that missed its deadline has its deadline pulled earlier by how many
// waves it was late (the bump accumulates), the pulled deadlines are
// propagated back along precedences (so a late decommission hurries what
// it waits for), and the estate is list-scheduled again with the wave
// count of the best plan as a hard target in the priority. The best plan
// by (waves, breaches, days late) is kept.
func (p *Problem) squeaky(best []int, consider func([]int) bool) {
	bump := make([]int, p.n)
	ls := make([]int, p.n)
	keys := make([]key, p.n)
	cur := best
	target := p.Score(best).Waves
	for r := 0; r < squeakyRounds && !p.spent(); r++ {
		late := false
		for u := 0; u < p.n; u++ {
			if p.Latest[u] < inf && cur[u] > p.Latest[u] {
				bump[u] += cur[u] - p.Latest[u]
				late = true
			}
		}
		if !late {
			return
		}
		for i := len(p.topo) - 1; i >= 0; i-- {
			u := p.topo[i]
			ls[u] = inf
			if p.Latest[u] < inf {
				ls[u] = p.Latest[u] - bump[u]
			}
			for _, ei := range p.succ[u] {
				e := p.Edges[ei]
				if ls[e.To] < inf {
					ls[u] = min(ls[u], ls[e.To]-e.Lag)
				}
			}
		}
		for u := 0; u < p.n; u++ {
			keys[u] = key{max(min(ls[u], target-1-p.tail[u]), p.head[u]), -p.tail[u], ls[u]}
		}
		cur = p.list(keys, false)
		if consider(cur) {
			return
		}
	}
}
