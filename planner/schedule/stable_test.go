package schedule

import (
	"math/rand/v2"
	"testing"
)

// TestStabilise replans random problems against a baseline: against its
// own schedule nothing moves; against the schedule of a perturbed problem
// (a deadline brought forward, a unit's load grown, a release added) the
// result is valid, no worse than scratch in waves and breaches, moves no
// more than scratch does, and keeps fixed units on their wave.
func TestStabilise(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 12))
	for i := range 300 {
		p := randomProblem(r, 5+r.IntN(40))
		p.Prepare()
		base := p.Solve(p.LowerBound().Waves)
		a := Anchors{Target: append([]int(nil), base...), Fixed: make([]bool, p.Len())}
		if got := p.Stabilise(base, a); p.moved(got, a) != 0 {
			t.Fatalf("problem %d: %d moved against its own schedule", i, p.moved(got, a))
		}
		// Perturb one unit, and replan.
		u := r.IntN(p.Len())
		switch r.IntN(3) {
		case 0:
			p.Latest[u], p.Due[u] = 0, []int32{0}
		case 1:
			p.Effort[u] = min(p.Effort[u]+2, p.MaxEffort)
		case 2:
			p.Release[u] = base[u] + 1
		}
		p.Prepare()
		scratch := p.Solve(p.LowerBound().Waves)
		if i%3 == 0 { // commit the first wave, when it still fits
			a.FirstFree = 1
			for v := range a.Fixed {
				a.Fixed[v] = base[v] == 0 && p.release(v) == 0 && len(p.bwd[v]) == 0 && v != u
			}
		}
		got := p.Stabilise(scratch, a)
		if why := valid(p, got); why != "" {
			t.Fatalf("problem %d: %s", i, why)
		}
		gs, ss := p.Score(got), p.Score(scratch)
		if a.FirstFree == 0 && (gs.Waves > ss.Waves || gs.Breaches > ss.Breaches) {
			t.Fatalf("problem %d: %+v worse than scratch %+v", i, gs, ss)
		}
		if a.FirstFree == 0 && p.moved(got, a) > p.moved(scratch, a) {
			t.Fatalf("problem %d: %d moved, scratch %d", i, p.moved(got, a), p.moved(scratch, a))
		}
		for v, f := range a.Fixed {
			if f && got[v] != a.Target[v] {
				t.Fatalf("problem %d: fixed unit %d moved", i, v)
			}
		}
	}
}
