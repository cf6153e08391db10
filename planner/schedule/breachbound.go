package schedule

import (
	"cmp"
	"slices"
	"sort"
)

// maxBreachWindows bounds the first waves a of the windows [a, d] the
// breach bound tries beside a = 0, and breachWindowUnits the problems on
// which it tries more than a = 0: each costs O(units log units).
const (
	maxBreachWindows  = 16
	breachWindowUnits = 20_000
)

// BreachBound is a number of units that are late in every schedule of at
// most waves waves (each is at least one missed deadline): the units due
// before their earliest possible wave, and, for windows of waves [a, d],
// the units that can start no earlier than a and are due by d but cannot
// all fit in the window. A unit that is on time with head >= a sits in
// [a, d]; so does every unit that the wave count forces there (head >= a,
// waves-1-tail <= d), late or not. Whatever room those forced units leave
// holds at most as many on-time units as the smallest loads fill, limit
// by limit; the rest are late. Chains leave out rule 1's soft edges, so
// the bound holds for every way of meeting rule 1. Windows start at 0
// and, on problems of at most breachWindowUnits units, at up to
// maxBreachWindows other first waves; every d is tried.
func (p *Problem) BreachBound(waves int) int {
	if p.n == 0 {
		return 0
	}
	head, tail := p.hardChains()
	sure := 0
	for u := 0; u < p.n; u++ {
		if p.Latest[u] < inf && head[u] > p.Latest[u] {
			sure++
		}
	}
	dims := p.capacityDims()
	if len(dims) == 0 {
		return sure
	}
	starts := []int{0}
	if p.n <= breachWindowUnits {
		var hs []int
		for u := 0; u < p.n; u++ {
			if p.Latest[u] < inf && head[u] > 0 && head[u] <= p.Latest[u] {
				hs = append(hs, head[u])
			}
		}
		sort.Ints(hs)
		hs = compactInts(hs)
		step := max(1, (len(hs)+maxBreachWindows-1)/maxBreachWindows)
		for i := 0; i < len(hs); i += step {
			starts = append(starts, hs[i])
		}
	}
	ranks := make([][]int, len(dims))
	for k, d := range dims {
		ranks[k] = rankBy(p.n, d.load)
	}
	best := 0
	for _, a := range starts {
		best = max(best, p.windowLate(a, waves, head, tail, dims, ranks))
	}
	return sure + best
}

// windowLate is the most units late by the windows [a, d] for every d
// (see BreachBound).
func (p *Problem) windowLate(a, waves int, head, tail []int, dims []capacityDim, ranks [][]int) int {
	// Events by wave: a unit joins the due set at its Latest and becomes
	// forced at waves-1-tail (then it leaves the due set: it is in the
	// window anyway).
	due := make([][]int, waves)
	forced := make([][]int, waves)
	for u := 0; u < p.n; u++ {
		if head[u] < a {
			continue
		}
		if f := waves - 1 - tail[u]; f >= a && f < waves {
			forced[max(f, a)] = append(forced[max(f, a)], u)
		}
		if l := p.Latest[u]; l < inf && head[u] <= l && l < waves {
			due[l] = append(due[l], u)
		}
	}
	trees := make([]fenwick, len(dims))
	for k := range trees {
		trees[k] = newFenwick(p.n)
	}
	in := make([]bool, p.n)
	isForced := make([]bool, p.n)
	forcedLoad := make([]float64, len(dims))
	count, best := 0, 0
	for d := a; d < waves; d++ {
		changed := len(due[d]) > 0 || len(forced[d]) > 0
		for _, u := range forced[d] {
			isForced[u] = true
			for k, dm := range dims {
				forcedLoad[k] += dm.load(u)
			}
			if in[u] {
				in[u] = false
				count--
				for k, dm := range dims {
					trees[k].add(ranks[k][u], -1, -dm.load(u))
				}
			}
		}
		for _, u := range due[d] {
			if isForced[u] {
				continue
			}
			in[u] = true
			count++
			for k, dm := range dims {
				trees[k].add(ranks[k][u], 1, dm.load(u))
			}
		}
		if !changed || count == 0 {
			continue
		}
		fit := count
		for k, dm := range dims {
			room := dm.limit*float64(d-a+1) - forcedLoad[k]
			fit = min(fit, trees[k].fitting(room+1e-9))
		}
		best = max(best, count-fit)
	}
	return best
}

// rankBy orders the units by load (then index) and returns each unit's
// position, 1-based.
func rankBy(n int, load func(int) float64) []int {
	type item struct {
		load float64
		u    int
	}
	items := make([]item, n)
	for u := range items {
		items[u] = item{load(u), u}
	}
	slices.SortFunc(items, func(a, b item) int {
		if a.load != b.load {
			return cmp.Compare(a.load, b.load)
		}
		return a.u - b.u
	})
	rank := make([]int, n)
	for i, it := range items {
		rank[it.u] = i + 1
	}
	return rank
}

func compactInts(s []int) []int {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// fenwick is a binary indexed tree over ranks holding a count and a sum
// of loads, for "how many of the smallest loads fit in this room".
type fenwick struct {
	cnt []int
	sum []float64
	top int // the highest power of two <= len
}

func newFenwick(n int) fenwick {
	t := fenwick{cnt: make([]int, n+1), sum: make([]float64, n+1), top: 1}
	for t.top*2 <= n {
		t.top *= 2
	}
	return t
}

func (t *fenwick) add(i, c int, s float64) {
	for ; i < len(t.cnt); i += i & -i {
		t.cnt[i] += c
		t.sum[i] += s
	}
}

// fitting is the largest number of present items, smallest loads first,
// whose loads sum to at most room.
func (t *fenwick) fitting(room float64) int {
	pos, n := 0, 0
	for step := t.top; step > 0; step /= 2 {
		if next := pos + step; next < len(t.cnt) && t.sum[next] <= room {
			pos, room, n = next, room-t.sum[next], n+t.cnt[next]
		}
	}
	return n
}
