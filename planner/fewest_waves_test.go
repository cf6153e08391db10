package planner_test

import (
	"testing"

	"github.com/decomhq/decom/internal/plancheck"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// packingEstate is a black-box tester's smallest case: deadline priority
// put x alone in wave 1 (x and y cannot share a wave under
// max_effort_days), leaving y's chain for waves 2 and 3. Fewest waves come
// first: the optimum is W1 {y, z, s0, network.a}, W2 {x, s1, network.b}.
const packingEstate = `
network "a" {
  role = "legacy"
}
network "b" {
  role = "legacy"
}
network "new" {
  role = "target"
}
device "s0" {
  network = network.a
}
device "s1" {
  network = network.b
}
application "x" {
  hosted_on    = [device.s1]
  disposition  = "rehost"
  target       = network.new
  effort_days  = 5
  support_ends = "2026-07-31"
}
application "y" {
  hosted_on   = [device.s0]
  disposition = "rehost"
  target      = network.new
  effort_days = 3
}
application "z" {
  hosted_on   = [device.s1]
  depends_on  = [application.y]
  disposition = "rehost"
  target      = network.new
}
plan {
  start           = "2026-01-05"
  max_changes     = 4
  max_effort_days = 6
}
`

func TestFewestWavesBeforeDeadlines(t *testing.T) {
	m, ds := inventory.LoadSources([]inventory.SourceFile{{Name: "estate.hcl", Bytes: []byte(packingEstate)}},
		inventory.LoadOptions{Today: inventory.DateOf(2026, 1, 1)})
	if ds.HasErrors() {
		t.Fatalf("load: %v", ds.Errs())
	}
	p := mustPlan(t, m, planner.Options{})
	if vs := plancheck.Check(m, p); len(vs) > 0 {
		t.Fatalf("violations:\n%s", report(vs))
	}
	if len(p.Waves) != 2 || p.LowerBound.Waves != 2 || len(p.Breaches) != 0 {
		t.Fatalf("%d waves (lower bound %d), %d breaches; want 2 waves, no breach", len(p.Waves), p.LowerBound.Waves, len(p.Breaches))
	}
	prob := plancheck.Derive(m, plancheck.Settings(m, planner.Options{}))
	if opt, ok := exact(prob, 10); !ok || opt.Waves != 2 {
		t.Fatalf("exact optimum = %+v, %v; want 2 waves", opt, ok)
	}
}

// TestKCOMFewestWaves: examples/kcom is a packing the priority rules
// miss (effort is full to half a day in the first seven waves, and the
// switches each endpoint group frees must fit the change limit after
// it); the annealing of the scheduler reaches its lower bound of 12
// waves, as CBC proves possible, with a valid plan.
func TestKCOMFewestWaves(t *testing.T) {
	m, ds, _ := inventory.LoadForPlan([]string{"../examples/kcom"}, inventory.LoadOptions{Today: inventory.DateOf(2026, 7, 1)})
	if ds.HasErrors() {
		t.Fatalf("load: %v", ds.Errs())
	}
	p := mustPlan(t, m, planner.Options{})
	if vs := plancheck.Check(m, p); len(vs) > 0 {
		t.Fatalf("violations:\n%s", report(vs))
	}
	if len(p.Waves) != 12 || p.LowerBound.Waves != 12 {
		t.Fatalf("%d waves, lower bound %d; want 12 and 12", len(p.Waves), p.LowerBound.Waves)
	}
}
