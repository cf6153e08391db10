package schedule

import (
	"math/rand/v2"
	"testing"
)

// weekly is a calendar of one wave a week from day 0.
type weekly struct{}

func (weekly) Day(w int) int { return 7 * w }

// randomProblem is a DAG of n units (edges only from lower to higher
// index), random loads, limits, deadlines and releases.
func randomProblem(r *rand.Rand, n int) *Problem {
	p := &Problem{Calendar: weekly{}, Changes: make([]int, n), Effort: make([]float64, n), Critical: make([]int, n),
		Latest: make([]int, n), Due: make([][]int32, n), Release: make([]int, n)}
	for u := range n {
		p.Changes[u] = 1 + r.IntN(2)
		p.Effort[u] = float64(r.IntN(4))
		if r.IntN(5) == 0 {
			p.Critical[u] = 1
		}
		p.Latest[u] = NoDeadline
		if r.IntN(3) == 0 {
			w := r.IntN(6)
			p.Latest[u], p.Due[u] = w, []int32{int32(7*w + r.IntN(7))}
		}
		if r.IntN(3) == 0 {
			p.Release[u] = r.IntN(8)
		}
		for k := 0; k < 2 && u > 0; k++ {
			if r.IntN(2) == 0 {
				p.Edges = append(p.Edges, Edge{From: r.IntN(u), To: u, Lag: r.IntN(2), Soft: r.IntN(6) == 0})
			}
		}
	}
	p.MaxChanges, p.MaxEffort, p.MaxCritical = 3+r.IntN(4), float64(4+r.IntN(6)), 1+r.IntN(2)
	return p
}

// valid reports the first way schedule wave breaks p: a release, a
// precedence or a per-wave limit.
func valid(p *Problem, wave []int) string {
	if len(wave) != p.Len() {
		return "wrong length"
	}
	for u, w := range wave {
		if w < p.release(u) {
			return "a unit before its release"
		}
	}
	for _, e := range p.Edges {
		if wave[e.To] < wave[e.From]+e.Lag {
			return "an edge broken"
		}
	}
	l := p.LoadOf(wave)
	for w := range l.Changes {
		if (p.MaxChanges > 0 && l.Changes[w] > p.MaxChanges) || (p.MaxEffort > 0 && l.Effort[w] > p.MaxEffort+1e-9) ||
			(p.MaxCritical > 0 && l.Critical[w] > p.MaxCritical) {
			return "a wave over its limits"
		}
	}
	return ""
}

// TestEveryPhaseHonoursRelease runs each phase of the scheduler on its
// own on random problems with releases: every schedule it gives keeps
// every release, precedence and limit, and none beats the lower bound.
func TestEveryPhaseHonoursRelease(t *testing.T) {
	for seed := uint64(0); seed < 300; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		p := randomProblem(r, 1+r.IntN(40))
		p.Prepare()
		p.budget = 1 << 30
		lb := p.LowerBound()
		check := func(phase string, wave []int) {
			t.Helper()
			if why := valid(p, wave); why != "" {
				t.Fatalf("seed %d, %s: %s: %v", seed, phase, why, wave)
			}
			if s := p.Score(wave); s.Waves < lb.Waves {
				t.Fatalf("seed %d, %s: %d waves beat the lower bound %+v", seed, phase, s.Waves, lb)
			}
		}
		first := p.list(p.priorityRules(0)[0], false)
		check("list", first)
		check("list, late units giving way", p.listMode(p.priorityRules(0)[0], false, true))
		check("forward-backward", p.forwardBackward(first))
		check("deadline justification", p.deadlineJustify(first))
		w := append([]int(nil), first...)
		p.compact(w)
		check("compact", w)
		p.repair(w)
		check("repair", w)
		p.squeaky(first, func(w []int) bool { check("squeaky wheel", w); return false })
		p.restarts(lb.Waves+50, func() int { return lb.Waves + 51 }, func(w []int) bool { check("restarts", w); return false })
		if seed%10 == 0 { // 6,000 passes each: a tenth of the problems is enough
			p.annealWaves(lb.Waves, first, func(w []int) bool { check("annealing", w); return false })
		}
		check("Solve", p.Solve(lb.Waves))
	}
}

// TestReleaseBoundsAndSkips: a unit released at wave 5000 with nothing
// else to do lands there (the empty waves before it cost nothing), its
// successor a lag later, and the lower bound knows.
func TestReleaseBoundsAndSkips(t *testing.T) {
	p := &Problem{Calendar: weekly{}, Changes: []int{1, 1, 1}, Effort: make([]float64, 3), Critical: make([]int, 3),
		Latest: []int{NoDeadline, NoDeadline, NoDeadline}, Due: make([][]int32, 3), Release: []int{5000, 0, 0},
		Edges: []Edge{{From: 0, To: 2, Lag: 1}}}
	p.Prepare()
	lb := p.LowerBound()
	w := p.Solve(lb.Waves)
	if w[0] != 5000 || w[1] != 0 || w[2] != 5001 {
		t.Fatalf("waves %v, want [5000 0 5001]", w)
	}
	if lb.Waves != 5002 || lb.Chain != 5002 {
		t.Fatalf("lower bound %+v, want 5002 waves from the chain", lb)
	}
}
