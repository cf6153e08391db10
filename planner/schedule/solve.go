package schedule

import "sort"

func sortUnits(s []int, less func(a, b int) bool) {
	sort.Slice(s, func(i, j int) bool { return less(s[i], s[j]) })
}

// fbiRounds bounds the forward-backward improvement passes.
const fbiRounds = 4

// Solve schedules the problem, returning the wave (0-based) of each unit: it runs list scheduling under several
// priority rules, improves each result by forward-backward passes and
// compaction, and keeps the best by (waves, breaches, days late). It stops
// early once a plan reaches the lower bound on waves and the breaches no
// plan can avoid.
func (p *Problem) Solve(lbWaves int) []int {
	if p.n == 0 {
		return nil
	}
	sure := p.sureBreaches()
	p.budget = passBudget(p.n)
	var best []int
	var bestScore Score
	consider := func(w []int) bool {
		p.compact(w)
		s := p.Score(w)
		if best == nil || s.Less(bestScore) {
			best, bestScore = w, s
		}
		return bestScore.Waves <= lbWaves && bestScore.Breaches <= sure
	}
	stop := p.tryRules(lbWaves, consider)
	if !stop && bestScore.Waves > lbWaves {
		stop = p.restarts(lbWaves, func() int { return bestScore.Waves }, consider)
	}
	if !stop && bestScore.Waves > lbWaves {
		stop = p.annealWaves(lbWaves, best, consider)
	}
	for r := 0; r < fbiRounds && !stop && bestScore.Breaches > sure && !p.spent(); r++ {
		prev := bestScore
		stop = consider(p.deadlineJustify(best))
		if !bestScore.Less(prev) {
			break
		}
	}
	if !stop && bestScore.Breaches > sure {
		p.budget = p.passes + squeakyBudget(p.n) // squeaky's own share
		p.squeaky(append([]int(nil), best...), consider)
	}
	for r := 0; r < repairRounds && bestScore.Breaches > sure; r++ {
		prev := bestScore
		w := append([]int(nil), best...)
		p.repair(w)
		consider(w)
		if !bestScore.Less(prev) {
			break
		}
	}
	return p.windowSearch(p.lateness(best))
}

// tryRules runs every priority rule with forward-backward improvement,
// reporting each schedule to consider; it returns true as soon as
// consider says to stop.
func (p *Problem) tryRules(lbWaves int, consider func([]int) bool) bool {
	rules := p.priorityRules(lbWaves)
	giving := []int{0, 2, hopefulRule} // again, late units giving way
	for i := range len(rules) + len(giving) {
		if p.spent() {
			return false
		}
		var w []int
		if i < len(rules) {
			w = p.list(rules[i], false)
		} else {
			w = p.listMode(rules[giving[i-len(rules)]], false, true)
		}
		if consider(w) {
			return true
		}
		for r := 0; r < fbiRounds && !p.spent(); r++ {
			w2 := p.forwardBackward(w)
			if consider(w2) {
				return true
			}
			if !p.Score(w2).Less(p.Score(w)) {
				break
			}
			w = w2
		}
	}
	return false
}

// sureBreaches counts the deadlines no plan can meet: those due before the
// unit's earliest possible wave.
func (p *Problem) sureBreaches() int {
	n := 0
	for u := 0; u < p.n; u++ {
		d := int(p.day(p.head[u]))
		for _, dl := range p.Due[u] {
			if d > int(dl) {
				n++
			}
		}
	}
	return n
}

// hopefulRule is the index of rule 11 in priorityRules.
const hopefulRule = 6

// priorityRules returns the priority keys tried, best-known first:
//  1. latest start (deadlines propagated back), then longest tail;
//  2. the same with the wave-count target folded in: a unit's latest wave
//     is also bounded by target-1-tail, so critical paths are not starved;
//  3. clearing whole hosts: among equally urgent units, those whose
//     decommission needs the fewest units go first, host by host, so as
//     many hosts as possible are cleared before a shared deadline;
//  4. deadlines that cannot be met anyway (latest start before the
//     earliest start) give way to those that still can;
//  5. longest tail first (critical path), deadlines second;
//  6. longest tail, then the longest chain of units after it (lags not
//     counted), deadlines last: packing for fewest waves when capacity,
//     not lags, makes the chains long.
func (p *Problem) priorityRules(target int) [][]key {
	rules := make([][]key, 6)
	depth := p.chainDepth()
	for i := range rules {
		rules[i] = make([]key, p.n)
	}
	cost, cluster := p.clusters()
	for u := 0; u < p.n; u++ {
		ls, tl := p.ls[u], p.tail[u]
		bound := min(ls, target-1-tl)
		rules[0][u] = key{ls, -tl}
		rules[1][u] = key{bound, -tl, ls}
		rules[2][u] = key{ls, cost[u], cluster[u], -tl}
		hopeful := ls
		if ls < p.head[u] {
			hopeful = inf
		}
		rules[3][u] = key{min(hopeful, target-1-tl), -tl, ls}
		rules[4][u] = key{-tl, ls}
		rules[5][u] = key{-tl, -depth[u], ls}
	}
	// 11. (rule 2 over hopeful latest starts: no unit is hurried for a
	// successor that will be late anyway, see hopefulStarts.)
	hls := make([]int, p.n)
	p.hopefulStarts(hls, nil)
	hopeful := make([]key, p.n)
	for u := 0; u < p.n; u++ {
		hopeful[u] = key{min(hls[u], target-1-p.tail[u]), -p.tail[u], hls[u]}
	}
	rules = append(rules, hopeful)
	if share := p.bottleneckShare(); share != nil {
		ffd, ffdTail := make([]key, p.n), make([]key, p.n)
		for u := 0; u < p.n; u++ {
			ffd[u] = key{-share[u], -p.tail[u], p.ls[u]}
			ffdTail[u] = key{-p.tail[u], -share[u], p.ls[u]}
		}
		rules = append(rules, ffd, ffdTail)
	}
	return rules
}

// bottleneckShare gives each unit's load in the most binding limit (the
// one whose total over its limit is largest), in thousandths of the limit;
// nil when nothing is limited. Rules that take the biggest loads first pack
// waves like first-fit decreasing bin packing.
func (p *Problem) bottleneckShare() []int {
	var tc, tk int
	var te float64
	for u := 0; u < p.n; u++ {
		tc, te, tk = tc+p.Changes[u], te+p.Effort[u], tk+p.Critical[u]
	}
	best, load := 0.0, func(int) float64 { return 0 }
	if p.MaxChanges > 0 && float64(tc)/float64(p.MaxChanges) > best {
		best, load = float64(tc)/float64(p.MaxChanges), func(u int) float64 { return float64(p.Changes[u]) / float64(p.MaxChanges) }
	}
	if p.MaxEffort > 0 && te/p.MaxEffort > best {
		best, load = te/p.MaxEffort, func(u int) float64 { return p.Effort[u] / p.MaxEffort }
	}
	if p.MaxCritical > 0 && float64(tk)/float64(p.MaxCritical) > best {
		best, load = float64(tk)/float64(p.MaxCritical), func(u int) float64 { return float64(p.Critical[u]) / float64(p.MaxCritical) }
	}
	if best == 0 {
		return nil
	}
	share := make([]int, p.n)
	for u := range share {
		share[u] = int(load(u) * 1000)
	}
	return share
}

// clusters gives each unit the successor it most cheaply "closes": the
// successor with the fewest predecessors (a device or network that can be
// decommissioned once they are all done). Units with no successor get a
// large cost.
func (p *Problem) clusters() (cost, cluster []int) {
	cost = make([]int, p.n)
	cluster = make([]int, p.n)
	for u := 0; u < p.n; u++ {
		cost[u], cluster[u] = inf, inf
		for _, ei := range p.succ[u] {
			t := p.Edges[ei].To
			c := len(p.pred[t])
			if c < cost[u] || (c == cost[u] && t < cluster[u]) {
				cost[u], cluster[u] = c, t
			}
		}
	}
	return cost, cluster
}

// deadlineJustify is forward-backward improvement whose backward pass
// puts the latest deadlines last (Lawler's rule run backwards): the waves
// at the end fill with the work that can wait, so the forward pass that
// follows gives the early waves to the urgent work.
func (p *Problem) deadlineJustify(wave []int) []int {
	return p.justify(func(u int) key { return key{-p.ls[u], -wave[u], -p.tail[u]} })
}

// forwardBackward right-justifies a schedule (list scheduling on the
// reversed graph, latest-finishing first) and then left-justifies it again
// (forward, in the order the right-justified schedule starts them). This
// is the classic justification improvement for resource-constrained
// scheduling: it closes gaps the first pass left.
func (p *Problem) forwardBackward(wave []int) []int {
	return p.justify(func(u int) key { return key{-wave[u], p.ls[u], -p.tail[u]} })
}

// justify schedules backwards (on the reversed graph) in the order backKey
// gives, then forwards again in the order the backward schedule starts the
// units: the shared core of deadlineJustify and forwardBackward.
func (p *Problem) justify(backKey func(u int) key) []int {
	keys := make([]key, p.n)
	for u := 0; u < p.n; u++ {
		keys[u] = backKey(u)
	}
	back := p.list(keys, true)
	last := 0
	for _, r := range back {
		last = max(last, r)
	}
	for u := 0; u < p.n; u++ {
		keys[u] = key{last - back[u], p.ls[u], -p.tail[u]}
	}
	return p.list(keys, false)
}
