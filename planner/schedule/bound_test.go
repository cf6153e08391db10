package schedule

import "testing"

func TestBinBound(t *testing.T) {
	for _, c := range []struct {
		sizes []float64
		cap   float64
		want  int
	}{
		{[]float64{6, 6, 6}, 10, 3},
		{[]float64{6, 5, 5, 4}, 10, 2},
		{[]float64{6, 6, 6, 2, 2, 2}, 10, 3},
		{[]float64{6, 6, 6, 5, 2, 2, 2}, 10, 4},
		{[]float64{1, 1, 1}, 10, 1},
		{nil, 10, 0},
	} {
		if got := binBound(append([]float64(nil), c.sizes...), c.cap); got != c.want {
			t.Errorf("binBound(%v, %g) = %d, want %d", c.sizes, c.cap, got, c.want)
		}
	}
}

// BreachBound: five units due in wave 0 with one change a wave are four
// breaches in any plan; a chain into them and a unit the wave count
// forces into the window count too.
func TestBreachBound(t *testing.T) {
	p := &Problem{Calendar: weekly{}, MaxChanges: 1,
		Changes: []int{1, 1, 1, 1, 1}, Effort: make([]float64, 5), Critical: make([]int, 5),
		Latest: []int{0, 0, 0, 0, 0}, Due: make([][]int32, 5)}
	p.Prepare()
	if got := p.BreachBound(5); got != 4 {
		t.Errorf("five due in wave 0, one a wave: bound %d, want 4", got)
	}
	// Two units due by wave 1 (two waves, two changes), but unit 2 must
	// precede unit 3, which ends the plan: with 3 waves, unit 2 is forced
	// into waves 0-1 beside them, so one of the two is late.
	p = &Problem{Calendar: weekly{}, MaxChanges: 1,
		Changes: []int{1, 1, 1, 1}, Effort: make([]float64, 4), Critical: make([]int, 4),
		Latest: []int{1, 1, NoDeadline, NoDeadline}, Due: make([][]int32, 4),
		Edges: []Edge{{From: 2, To: 3, Lag: 1}}}
	p.Prepare()
	if got := p.BreachBound(3); got != 1 {
		t.Errorf("forced unit: bound %d, want 1", got)
	}
	if got := p.BreachBound(4); got != 0 {
		t.Errorf("with a wave more: bound %d, want 0", got)
	}
	// A unit due before its chain allows is late in every plan.
	p = &Problem{Calendar: weekly{}, Changes: []int{1, 1}, Effort: make([]float64, 2), Critical: make([]int, 2),
		Latest: []int{NoDeadline, 0}, Due: make([][]int32, 2), Edges: []Edge{{From: 0, To: 1, Lag: 1}}}
	p.Prepare()
	if got := p.BreachBound(2); got != 1 {
		t.Errorf("due before its chain: bound %d, want 1", got)
	}
}
