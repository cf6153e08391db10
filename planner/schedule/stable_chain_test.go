package schedule

import (
	"reflect"
	"testing"
)

// chainProblem is n units with one change each and no limits but those
// set, no deadline, and a weekly calendar.
func chainProblem(n int) *Problem {
	p := &Problem{Calendar: weekly{}, Changes: make([]int, n), Effort: make([]float64, n), Critical: make([]int, n),
		Latest: make([]int, n), Due: make([][]int32, n), Release: make([]int, n)}
	for u := range n {
		p.Changes[u], p.Latest[u] = 1, NoDeadline
	}
	return p
}

// due gives unit u a deadline on the day of wave w.
func due(p *Problem, u, w int) {
	p.Latest[u], p.Due[u] = w, []int32{int32(7 * w)}
}

// movedUnits lists the units of got away from their Target.
func movedUnits(got []int, a Anchors) []int {
	var m []int
	for u, t := range a.Target {
		if t >= 0 && got[u] != t {
			m = append(m, u)
		}
	}
	return m
}

// TestStabiliseEjectionChain: one critical cutover a wave, four waves,
// and a not_before sends the cutover of wave 1 to wave 4. Keeping four
// waves takes a chain across the critical slots: the cutover of wave 4
// moves to wave 3, that of wave 3 to wave 2, that of wave 2 to wave 1
// (each may go one wave earlier, not later: a deadline). Those four move
// and nothing else, while the plan from scratch is free to move the
// ten other units too.
func TestStabiliseEjectionChain(t *testing.T) {
	p := chainProblem(14)
	p.MaxCritical, p.MaxChanges = 1, 4
	// Units 0-3 are critical, on waves 0-3; unit i may take waves i-1
	// and i (release and deadline), unit 0 must now take wave 3.
	for u := range 4 {
		p.Critical[u] = 1
		p.Release[u] = max(u-1, 0)
		if u > 0 {
			due(p, u, u)
		}
	}
	p.Release[0] = 3
	target := []int{0, 1, 2, 3, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3}
	// Units 4-13 fill the changes of each wave but one: no room to
	// spare for a detour.
	a := Anchors{Target: target, Fixed: make([]bool, len(target))}
	p.Prepare()
	scratch := p.Solve(p.LowerBound().Waves)
	if s := p.Score(scratch); s.Waves != 4 || s.Breaches != 0 {
		t.Fatalf("scratch %+v, want 4 waves and no breach", s)
	}
	got := p.Stabilise(scratch, a)
	if why := valid(p, got); why != "" {
		t.Fatal(why)
	}
	if s := p.Score(got); s.Waves != 4 || s.Breaches != 0 {
		t.Fatalf("got %+v, want 4 waves and no breach", s)
	}
	if m := movedUnits(got, a); !reflect.DeepEqual(m, []int{0, 1, 2, 3}) {
		t.Errorf("moved %v (waves %v), want the chain [0 1 2 3]", m, got)
	}
	if want := []int{3, 0, 1, 2}; !reflect.DeepEqual(got[:4], want) {
		t.Errorf("critical units in waves %v, want %v", got[:4], want)
	}
	// The repair from the baseline finds that chain on its own.
	if fb := p.fromBaseline(a, p.Score(scratch)); fb == nil || !reflect.DeepEqual(movedUnits(fb, a), []int{0, 1, 2, 3}) {
		t.Errorf("fromBaseline gave %v, want the chain [0 1 2 3] moved", fb)
	}
}

// TestStabiliseChainPrefersMovedUnits: a not_before pushes unit 0 into a
// full wave; of the units there, unit 1 was moved already (it is new
// there against its Target) and goes on for free, so only unit 0 and
// that unit are away from their Target; the two units on their Target
// there stay.
func TestStabiliseChainPrefersMovedUnits(t *testing.T) {
	p := chainProblem(6)
	p.MaxChanges = 3
	p.Release[0] = 1
	// Wave 1 holds units 1, 2, 3 (full); unit 1's Target is wave 2,
	// which is full too (units 4, 5) but for one change.
	target := []int{0, 2, 1, 1, 2, 2}
	a := Anchors{Target: target, Fixed: make([]bool, len(target))}
	p.Prepare()
	w := []int{0, 1, 1, 1, 2, 2}
	e := p.newEjector(a, 3, w)
	e.move(0, 1) // the not_before
	e.log = e.log[:0]
	if !e.over(1) || !e.relieve(1, 0) {
		t.Fatal("relieve found no chain")
	}
	if want := []int{1, 2, 1, 1, 2, 2}; !reflect.DeepEqual(w, want) {
		t.Errorf("waves %v, want %v", w, want)
	}
	if m := movedUnits(w, a); !reflect.DeepEqual(m, []int{0}) {
		t.Errorf("moved %v, want [0]", m)
	}
}

// TestStabilisePullsPredecessors: a deadline brought forward puts unit 1
// (on wave 3) due on wave 1; its predecessor, unit 0 on wave 2, must
// come with it. The plan from scratch meets every deadline, so the plan
// against the baseline must too: exactly those two move, to wave 1.
func TestStabilisePullsPredecessors(t *testing.T) {
	p := chainProblem(8)
	p.MaxChanges = 3
	p.Edges = []Edge{{From: 0, To: 1}, {From: 2, To: 3, Lag: 1}, {From: 3, To: 4, Lag: 1}, {From: 4, To: 5, Lag: 1}}
	due(p, 1, 1)
	target := []int{2, 3, 0, 1, 2, 3, 0, 1}
	a := Anchors{Target: target, Fixed: make([]bool, len(target))}
	p.Prepare()
	scratch := p.Solve(p.LowerBound().Waves)
	if s := p.Score(scratch); s.Waves != 4 || s.Breaches != 0 {
		t.Fatalf("scratch %+v, want 4 waves and no breach", s)
	}
	got := p.Stabilise(scratch, a)
	if why := valid(p, got); why != "" {
		t.Fatal(why)
	}
	if s := p.Score(got); s.Waves != 4 || s.Breaches != 0 {
		t.Fatalf("got %+v, want 4 waves and no breach", s)
	}
	if m := movedUnits(got, a); !reflect.DeepEqual(m, []int{0, 1}) || got[0] > 1 || got[1] != 1 {
		t.Errorf("moved %v (waves %v), want units 0 and 1, to wave 1 at the latest", m, got)
	}
	// The repair from the baseline pulls the pair on its own.
	if fb := p.fromBaseline(a, p.Score(scratch)); fb == nil || !reflect.DeepEqual(movedUnits(fb, a), []int{0, 1}) {
		t.Errorf("fromBaseline gave %v, want units 0 and 1 moved", fb)
	}
}
