package planner_test

import (
	"testing"

	"github.com/decomhq/decom/internal/estategen"
	"github.com/decomhq/decom/internal/plancheck"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/planner"
)

// TestPropertyBlocksOnlyWhatMust plans random estates with blockers, and
// with dependencies across links that can never move (a not_before past
// the plan's last datable wave), and checks that decom plans every action
// a plan blocking only what must be blocked would plan: the independent
// checker derives that set from SPEC section 2 (a dependent joined to a
// blocked dependency by a link moves; only the link stays up for good),
// and rejects a plan that blocks any action outside it.
func TestPropertyBlocksOnlyWhatMust(t *testing.T) {
	n := *propSeeds / 3
	if testing.Short() {
		n = min(n, 20)
	}
	never, err := inventory.ParseDate("2600-01-01")
	if err != nil {
		t.Fatal(err)
	}
	linked := 0 // estates where a moving dependent is joined to a blocked dependency
	for seed := *propFirst; seed < *propFirst+uint64(n); seed++ {
		cfg := estategen.Random(seed, propertySize(seed))
		cfg.Blockers = max(cfg.Blockers, 1+int(seed%3))
		cfg.Links = max(cfg.Links, 0.6)
		e := estategen.Generate(cfg)
		// Block the dependency of up to two relaxed pairs for good.
		prob := plancheck.Derive(e.Model, plancheck.Settings(e.Model, planner.Options{}))
		for k, r := range prob.Relax {
			if k == 2 {
				break
			}
			if a, ok := e.Model.Lookup(prob.Acts[r.Y].Address).(*inventory.Application); ok {
				a.NotBefore = never
			}
		}
		prob = plancheck.Derive(e.Model, plancheck.Settings(e.Model, planner.Options{}))
		for _, r := range prob.Relax {
			if prob.Acts[r.Y].Blocked && !prob.Acts[r.X].Blocked {
				linked++
				break
			}
		}
		p := mustPlan(t, e.Model, planner.Options{})
		if vs := plancheck.Check(e.Model, p); len(vs) > 0 {
			t.Errorf("seed %d (%d apps): %d violations:\n%s", seed, cfg.Apps, len(vs), report(vs))
			continue
		}
		inWaves := 0
		for _, w := range p.Waves {
			inWaves += len(w.Actions)
		}
		if want := len(prob.Acts) - prob.Blocked(); inWaves < want {
			t.Errorf("seed %d (%d apps): %d actions planned, but a plan blocking only what must be blocked plans %d",
				seed, cfg.Apps, inWaves, want)
		}
	}
	if linked == 0 {
		t.Fatal("no estate had a moving dependent joined by a link to a dependency that can never move")
	}
	t.Logf("%d of %d estates had a moving dependent joined by a link to a blocked dependency", linked, n)
}
