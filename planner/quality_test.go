package planner

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"runtime"
	"testing"

	"github.com/decomhq/decom/internal/estategen"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner/schedule"
)

// mediumModel is a random estate of n applications, about five to a
// server, dependencies between nearby applications (some cycles), server
// contracts ending at different dates and a network contract, with
// limits that make capacity and deadlines bind.
func mediumModel(seed int64, n int) *inventory.Model {
	r := rand.New(rand.NewSource(seed))
	b := newB()
	b.network("kcom", true).SupportEnds = day("2025-09-30")
	b.network("target", false)
	nd := (n + 4) / 5
	for d := 0; d < nd; d++ {
		b.device(fmt.Sprintf("esx%04d", d), "network.kcom", inventory.DispDecommission)
		if d%7 == 0 {
			b.contract(fmt.Sprintf("c%04d", d), day("2025-01-06").AddDays(20+r.Intn(150)).String(),
				fmt.Sprintf("device.esx%04d", d), fmt.Sprintf("device.esx%04d", min(d+1, nd-1)), fmt.Sprintf("device.esx%04d", min(d+2, nd-1)))
		}
	}
	for i := 0; i < n; i++ {
		disp := inventory.DispRehost
		if r.Intn(8) == 0 {
			disp = inventory.DispRetire
		}
		a := b.app(fmt.Sprintf("app%04d", i), disp, fmt.Sprintf("device.esx%04d", r.Intn(nd)))
		a.EffortDays = float64(1 + r.Intn(4))
		if r.Intn(10) == 0 {
			a.Criticality = inventory.CritCritical
		}
		for k := 0; k < 2; k++ {
			if j := i - 1 - r.Intn(20); j >= 0 && r.Intn(3) == 0 {
				a.DependsOn = append(a.DependsOn, ref(fmt.Sprintf("application.app%04d", j)))
			}
		}
		if r.Intn(60) == 0 && i+1 < n {
			a.DependsOn = append(a.DependsOn, ref(fmt.Sprintf("application.app%04d", i+1)))
		}
	}
	b.plan(inventory.PlanSettings{MaxChanges: 8 + n/12, MaxEffortDays: float64(16 + n/5), MaxCritical: 2 + n/200, SoakWaves: r.Intn(2)})
	b.m.Reindex()
	return b.m
}

// baseline is plain deadline-aware list scheduling: latest start first,
// one pass, no improvement.
func baseline(m *inventory.Model, s Settings) schedule.Score {
	p := buildProblem(m, s)
	return p.Score(p.ListSchedule())
}

// TestQualityAgainstBaseline runs the planner and plain list scheduling on
// medium random estates (this file's generator and internal/estategen's
// realistic one): the planner is never worse, and the totals are logged
// (docs/planner.md quotes them).
func TestQualityAgainstBaseline(t *testing.T) {
	if testing.Short() {
		t.Skip("quality comparison in -short mode")
	}
	const runs = 40
	compareBaseline(t, "mediumModel", runs, func(seed int) (*inventory.Model, int) {
		n := 100 + (seed%8)*100
		return mediumModel(int64(seed), n), n
	})
	compareBaseline(t, "estategen.Realistic", runs, func(seed int) (*inventory.Model, int) {
		n := 100 + (seed%8)*100
		return estategen.Generate(estategen.Realistic(uint64(seed+1), n)).Model, n
	})
}

func compareBaseline(t *testing.T, name string, runs int, gen func(seed int) (*inventory.Model, int)) {
	var base, got schedule.Score
	var lbGap, better int
	for seed := 0; seed < runs; seed++ {
		m, n := gen(seed)
		p := mustBuild(t, m, Options{})
		checkInvariants(t, m, p)
		bs := baseline(m, p.Settings)
		s := schedule.Score{Waves: len(p.Waves), Breaches: len(p.Breaches)}
		for _, br := range p.Breaches {
			s.Late += br.DaysLate
		}
		if bs.Less(s) {
			t.Errorf("%s seed %d: planner %+v worse than baseline %+v", name, seed, s, bs)
		}
		if s.Less(bs) {
			better++
		}
		if testing.Verbose() {
			t.Logf("%s seed %d n %d: lb %d baseline %+v planner %+v", name, seed, n, p.LowerBound.Waves, bs, s)
		}
		base.Waves += bs.Waves
		base.Breaches += bs.Breaches
		base.Late += bs.Late
		got.Waves += s.Waves
		got.Breaches += s.Breaches
		got.Late += s.Late
		lbGap += s.Waves - p.LowerBound.Waves
	}
	t.Logf("%s, %d estates: baseline %d waves, %d breaches, %d days late; planner %d waves, %d breaches, %d days late; better on %d; waves over lower bound %d",
		name, runs, base.Waves, base.Breaches, base.Late, got.Waves, got.Breaches, got.Late, better, lbGap)
}

// TestDeterministic: the same model gives the same bytes, whatever
// GOMAXPROCS.
func TestDeterministic(t *testing.T) {
	m := mediumModel(7, 300)
	first, _ := json.Marshal(mustBuild(t, m, Options{}))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	for i := 0; i < 3; i++ {
		m.Reindex()
		again, _ := json.Marshal(mustBuild(t, m, Options{}))
		if string(again) != string(first) {
			t.Fatal("plan differs between runs")
		}
	}
}
