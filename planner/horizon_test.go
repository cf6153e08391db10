package planner_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/decomhq/decom/internal/plancheck"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// horizonEstate starts six rehosts, one a wave, in the last weeks of
// 9999: three waves fit before 9999-12-31, the fourth would fall in 10000.
const horizonEstate = `
network "old" {
  role = "legacy"
}
network "new" {
  role = "target"
}
application "a1" {
  network     = network.old
  disposition = "rehost"
  target      = network.new
}
application "a2" {
  network     = network.old
  disposition = "rehost"
  target      = network.new
  depends_on  = [application.a1]
}
application "a3" {
  network     = network.old
  disposition = "rehost"
  target      = network.new
  depends_on  = [application.a2]
}
application "a4" {
  network     = network.old
  disposition = "rehost"
  target      = network.new
  depends_on  = [application.a3]
}
plan {
  start       = "9999-11-20"
  wave_days   = 14
  max_changes = 1
}
`

// TestPlanStopsAtTheHorizon checks no wave is dated past 9999-12-31: the
// actions that would fall later are blockers that say why, and the plan
// JSON holds no malformed date such as 10000-01-01.
func TestPlanStopsAtTheHorizon(t *testing.T) {
	m, ds := inventory.LoadSources([]inventory.SourceFile{{Name: "estate.hcl", Bytes: []byte(horizonEstate)}},
		inventory.LoadOptions{Today: inventory.DateOf(2026, 1, 1)})
	if ds.HasErrors() {
		t.Fatalf("load: %v", ds.Errs())
	}
	for _, o := range []planner.Options{{}, {SoakWaves: ptr(3)}} {
		p := mustPlan(t, m, o)
		for _, w := range p.Waves {
			if w.Date > inventory.MaxDate {
				t.Errorf("wave %d on %s, past the horizon", w.Number, w.Date)
			}
		}
		// a4 would be in wave 4 and the network's decommission after it.
		if len(p.Waves) != 3 || len(p.Blockers) != 2 || p.Blockers[0].Address != "application.a4" || p.Blockers[1].Address != "network.old" ||
			!strings.HasPrefix(p.Blockers[0].Reason, "would fall in wave 4, after 9999-12-31, the last day decom can date; ") {
			t.Errorf("%d waves, blockers %+v", len(p.Waves), p.Blockers)
		}
		if p.LowerBound.Waves > len(p.Waves) {
			t.Errorf("lower bound %d above the plan's %d waves", p.LowerBound.Waves, len(p.Waves))
		}
		if vs := plancheck.CheckWith(m, p, o); len(vs) > 0 {
			t.Errorf("violations:\n%s", report(vs))
		}
		b, err := json.Marshal(p)
		if err != nil || strings.Contains(string(b), `"10000-`) {
			t.Errorf("plan JSON: %v, holds a date past 9999: %v", err, strings.Contains(string(b), `"10000-`))
		}
	}
	if !strings.Contains(planner.PastHorizon, inventory.MaxDate.String()) {
		t.Errorf("PastHorizon %q does not name MaxDate", planner.PastHorizon)
	}
	// Started on the last day, only wave 1 fits.
	last := inventory.MaxDate
	p := mustPlan(t, m, planner.Options{Start: &last})
	if len(p.Waves) != 1 || len(p.Blockers) != 4 {
		t.Errorf("from the last day: %d waves, %d blockers", len(p.Waves), len(p.Blockers))
	}
}

func ptr[T any](v T) *T { return &v }
