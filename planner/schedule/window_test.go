package schedule

import (
	"math/rand/v2"
	"testing"
)

// handProblem is a problem over units with the given efforts and
// deadlines (a day number, or -1 for none), one wave a week, at most
// maxEffort a wave.
func handProblem(effort []float64, due []int, maxEffort float64, edges ...Edge) *Problem {
	n := len(effort)
	p := &Problem{Calendar: weekly{}, Changes: make([]int, n), Effort: effort, Critical: make([]int, n),
		Latest: make([]int, n), Due: make([][]int32, n), Edges: edges, MaxEffort: maxEffort}
	for u := range n {
		p.Changes[u] = 1
		p.Latest[u] = NoDeadline
		if due[u] >= 0 {
			p.Due[u] = []int32{int32(due[u])}
			p.Latest[u] = due[u] / 7
		}
	}
	p.Prepare()
	return p
}

// exchangeOnly checks that start is a valid schedule that the one-unit
// moves of the lateness phase (chain pulls, repair, compaction) leave as
// it is, and that the window search takes it to exactly want.
func exchangeOnly(t *testing.T, p *Problem, start []int, want Score) {
	t.Helper()
	if why := valid(p, start); why != "" {
		t.Fatalf("start: %s", why)
	}
	before := p.Score(start)
	if s := p.Score(p.polish(append([]int(nil), start...))); s != before {
		t.Fatalf("one-unit moves took %+v to %+v: the exchange is not the only way", before, s)
	}
	got := p.windowSearch(append([]int(nil), start...))
	if why := valid(p, got); why != "" {
		t.Fatalf("window search: %s: %v", why, got)
	}
	if s := p.Score(got); s != want {
		t.Fatalf("window search: %+v from %+v, want %+v (waves %v)", s, before, want, got)
	}
}

// TestWindowExchangeThreeForTwo: two units of effort 3 with no deadline
// fill wave 0; three of effort 2 due in wave 0 fill wave 1. No single
// move or swap fits (a unit of 2 beside one of 3 leaves 7 for wave 1),
// but the three for the two does: no breach.
func TestWindowExchangeThreeForTwo(t *testing.T) {
	p := handProblem([]float64{3, 3, 2, 2, 2}, []int{-1, -1, 3, 3, 3}, 6)
	exchangeOnly(t, p, []int{0, 0, 1, 1, 1}, Score{Waves: 2})
}

// TestWindowExchangeGivesOneUp: as above, but one of the units of effort 3
// is due in wave 0 too, and a third wave is full of other work. The
// optimum gives that one up (late by a week) to put the three on time:
// one breach of 4 days where there were three of 4 days each.
func TestWindowExchangeGivesOneUp(t *testing.T) {
	p := handProblem([]float64{3, 3, 2, 2, 2, 6}, []int{3, -1, 3, 3, 3, -1}, 6, Edge{From: 1, To: 5, Lag: 1})
	exchangeOnly(t, p, []int{0, 0, 1, 1, 1, 2}, Score{Waves: 3, Breaches: 1, Late: 4})
}

// TestWindowExchangeWithLag: four full waves of effort 6: two units of 3
// (wave 0), one of 6 due in wave 1 that must follow the first unit of 3 by
// a wave (wave 1), three of 2 due in wave 0 (wave 2), and one of 6 that
// must follow the second unit of 3 by a wave (wave 3, fixed). The units of
// 3 can only share a wave, and must come before both units of 6. The
// optimum moves the three to wave 0, the two to wave 1 and the unit due
// in wave 1 to wave 2, a week late: one breach of 4 days for three.
func TestWindowExchangeWithLag(t *testing.T) {
	p := handProblem([]float64{3, 3, 6, 2, 2, 2, 6}, []int{-1, -1, 10, 3, 3, 3, -1}, 6,
		Edge{From: 0, To: 2, Lag: 1}, Edge{From: 1, To: 6, Lag: 1})
	exchangeOnly(t, p, []int{0, 0, 1, 2, 2, 2, 3}, Score{Waves: 4, Breaches: 1, Late: 4})
}

// TestWindowSearchNeverWorse: on random problems the window search keeps
// every release, precedence and limit and never makes a schedule worse.
func TestWindowSearchNeverWorse(t *testing.T) {
	for seed := uint64(0); seed < 300; seed++ {
		r := rand.New(rand.NewPCG(seed, 11))
		p := randomProblem(r, 1+r.IntN(60))
		p.Prepare()
		p.budget = 1 << 30
		start := p.list(p.priorityRules(0)[0], false)
		got := p.windowSearch(append([]int(nil), start...))
		if why := valid(p, got); why != "" {
			t.Fatalf("seed %d: %s: %v", seed, why, got)
		}
		if p.Score(start).Less(p.Score(got)) {
			t.Fatalf("seed %d: %+v became %+v", seed, p.Score(start), p.Score(got))
		}
	}
}
