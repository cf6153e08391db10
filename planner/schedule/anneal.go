package schedule

import (
	"math"
	"math/rand/v2"
)

// Wave elimination by annealing is bounded by size alone (never by the
// clock): at most annealWork/(units+waves) list passes, at most
// annealMaxPasses, and none on estates of more than maxRestartUnits
// units.
const (
	annealWork      = 1_000_000
	annealMaxPasses = 6_000
	// annealHot and annealCold are the temperatures at the start and the
	// end, in waves of lateness against the target.
	annealHot, annealCold = 0.5, 0.02
)

// annealWaves tries to take a wave off the best plan when priority rules
// and restarts have left it above the lower bound. Capacity-bound plans
// are bin packing with precedences: the list scheduler packs unit-sized
// changes well, but units of different sizes (effort days, critical
// cutovers) must be packed exactly when the waves are nearly full, and no
// priority rule packs them so. Here each such unit gets a wave it aims
// for, and list scheduling in that order (every other unit in order of
// its latest wave for the target, target-1-tail) decodes the aims into a
// schedule. Simulated annealing changes one aim, or swaps two, and keeps
// the change when the schedule's lateness against the target (waves past
// target-1-tail, summed over units) does not grow, or, with a probability
// that falls as it cools, when it does. A schedule at zero lateness has
// the target's wave count; the target then falls by one while above the
// bound, and at the bound annealing goes on among schedules that meet it,
// keeping changes that add no breach or day late, until the budget is
// spent. The generator is seeded by the problem's size, so the plan is
// the same on every run. It returns true as soon as consider says to
// stop.
func (p *Problem) annealWaves(lbWaves int, best []int, consider func([]int) bool) bool {
	if p.n > maxRestartUnits {
		return false
	}
	target := 0 // the best wave count minus one: the last wave's index
	for _, w := range best {
		target = max(target, w)
	}
	// A list pass walks the waves as well as the units (a long soak
	// chain takes a wave per unit), so both count in the budget.
	passes := min(annealMaxPasses, annealWork/(p.n+target))
	aimed := p.sizedUnits()
	if passes < 1 || len(aimed) == 0 {
		return false
	}
	p.budget += passes // its own share, on top of what is left
	r := rand.New(rand.NewPCG(uint64(p.n), 0x9e3779b97f4a7c15))
	aim := append([]int(nil), best...)
	keys := make([]key, p.n)
	// The cost is the lateness against the target, then the breaches and
	// days late, which count only once the bound is met.
	decode := func() ([]int, Score) {
		for u := range keys {
			keys[u] = key{min(p.ls[u], target-1-p.tail[u]), -p.tail[u], p.ls[u]}
		}
		for _, u := range aimed {
			keys[u] = key{aim[u], -p.tail[u], p.ls[u]}
		}
		w := p.list(keys, false)
		s := p.Score(w)
		s.Waves = p.targetLateness(w, target)
		return w, s
	}
	_, cost := decode()
	met := false // the target is the bound and a schedule has met it
	for i := 0; i < passes; i++ {
		u := aimed[r.IntN(len(aimed))]
		v, old, oldV := -1, aim[u], 0
		if r.IntN(2) == 0 {
			v = aimed[r.IntN(len(aimed))]
			oldV = aim[v]
			aim[u], aim[v] = aim[v], aim[u]
		} else {
			lo := p.head[u]
			aim[u] = lo + r.IntN(max(target-1-p.tail[u]-lo, 0)+1)
		}
		w, c := decode()
		temp := annealHot * math.Pow(annealCold/annealHot, float64(i)/float64(passes))
		worse := c.Waves - cost.Waves
		keep := worse <= 0 && (!met || !cost.Less(c)) ||
			worse > 0 && r.Float64() < math.Exp(-float64(worse)/temp)
		if !keep {
			aim[u] = old
			if v >= 0 {
				aim[v] = oldV
			}
			continue
		}
		cost = c
		if cost.Waves > 0 {
			continue
		}
		if consider(append([]int(nil), w...)) {
			return true
		}
		if target > lbWaves {
			// The target is met: aim one lower.
			copy(aim, w)
			target--
			_, cost = decode()
		} else {
			met = true
		}
	}
	return false
}

// sizedUnits lists the units whose loads differ in size against a limit:
// those with effort when effort is limited, or critical cutovers when
// those are. When neither is limited (or no unit carries either), every
// unit, as changes are then all there is to pack.
func (p *Problem) sizedUnits() []int {
	var out []int
	for u := 0; u < p.n; u++ {
		if (p.MaxEffort > 0 && p.Effort[u] > 0) || (p.MaxCritical > 0 && p.Critical[u] > 0) {
			out = append(out, u)
		}
	}
	if len(out) == 0 {
		out = make([]int, p.n)
		for u := range out {
			out[u] = u
		}
	}
	return out
}

// targetLateness sums, over units, the waves by which schedule wave
// places each unit after the last wave a plan of target waves allows it
// (target-1-tail): zero exactly when the schedule has at most target
// waves.
func (p *Problem) targetLateness(wave []int, target int) int {
	late := 0
	for u, w := range wave {
		late += max(0, w-(target-1-p.tail[u]))
	}
	return late
}
